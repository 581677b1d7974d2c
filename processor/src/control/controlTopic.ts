import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import type { Logger } from '../log/logger';
import { pb, type ControlCommandMessage } from '../proto';
import { TOPICS } from '../schema';
import { DEFAULT_LEAVE_TIMEOUT_MS, leaveWithin } from '../sources/kafka/consumerLeave';
import { applyControl, type ControlAction, type ControlRequest, type ControlTarget } from './controlTarget';

const ACTIONS: Record<number, ControlAction> = {
  1: 'dump_baselines',
  2: 'dump_incidents',
  3: 'close_incident',
  4: 'mute_incident',
  5: 'mute_property',
  6: 'unmute_property',
  7: 'reset_baseline',
  8: 'unmute_incident',
};

/** How long an idle fetch of the control topic waits on the broker, ms (kafkajs's default is 5 s, which every stop waited out). */
const CONTROL_FETCH_WAIT_MS = 1_000;

/** ControlCommand protobuf -> request, or why not. */
export function requestOf(cmd: ControlCommandMessage): ControlRequest | string {
  const action = ACTIONS[Number(cmd.action ?? 0)];
  if (!action) return `unknown action ${String(cmd.action)}`;
  const req: ControlRequest = { action };
  if (cmd.incident_id) req.incidentId = cmd.incident_id;
  if (cmd.property_id) req.propertyId = cmd.property_id;
  return req;
}

/**
 * Every instance reads the control topic (its own consumer group, so each gets every
 * command), applies the command to its detectors and answers on the replies topic.
 */
export class ControlTopicListener {
  readonly instanceId = randomUUID();
  private readonly consumer: Consumer;
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly target: ControlTarget,
    private readonly logger: Logger,
    private readonly topics: { control: string; replies: string } = { control: TOPICS.control, replies: TOPICS.controlReplies },
    private readonly leaveTimeoutMs = DEFAULT_LEAVE_TIMEOUT_MS,
  ) {
    // A command ends a fetch's wait at once; the wait only paces idle fetches, and a stop waits for the fetch in flight.
    this.consumer = kafka.consumer({ groupId: `qoe-control-${this.instanceId}`, maxWaitTimeInMs: CONTROL_FETCH_WAIT_MS });
    this.producer = kafka.producer();
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topics.control, fromBeginning: false });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        let cmd: ControlCommandMessage;
        try {
          cmd = pb.ControlCommand.decode(message.value ?? Buffer.alloc(0));
        } catch (err) {
          this.logger.warn({ err: (err as Error).message }, 'undecodable control command ignored');
          return;
        }
        const req = requestOf(cmd);
        const result = typeof req === 'string' ? { ok: false, body: null, error: req } : await applyControl(this.target, req);
        this.logger.info({ commandId: cmd.command_id, action: typeof req === 'string' ? 'invalid' : req.action, ok: result.ok }, 'control command applied');
        const reply = pb.ControlReply.encode({ command_id: cmd.command_id ?? '', instance_id: this.instanceId, ok: result.ok, error: result.error ?? '', body_json: JSON.stringify(result.body) }).finish();
        await this.producer.send({ topic: this.topics.replies, messages: [{ key: cmd.command_id ?? '', value: Buffer.from(reply) }] });
      },
    });
  }

  async stop(): Promise<void> {
    // This instance's own group: nobody waits for its partitions, so a leave that fails or hangs only costs its session timeout on the broker.
    const left = await leaveWithin(() => this.consumer.disconnect(), this.leaveTimeoutMs);
    if (left.outcome !== 'left') this.logger.warn({ outcome: left.outcome, ...(left.outcome === 'failed' ? { err: left.err.message } : {}) }, 'leaving the control topic\'s consumer group did not finish; stopping anyway');
    await this.producer.disconnect();
  }
}
