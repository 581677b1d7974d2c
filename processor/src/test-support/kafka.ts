/** The Kafka of the tests: shared with the bench (bench/mockKafka.ts), which runs from the build. */
export { startTestKafka, type TestKafka } from '../bench/mockKafka';
