import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace qoe. */
export namespace qoe {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Cmcd.
         * @deprecated Use qoe.v1.Cmcd.$Properties instead.
         */
        interface ICmcd extends qoe.v1.Cmcd.$Properties {
        }

        /** Represents a Cmcd. */
        class Cmcd {

            /**
             * Constructs a new Cmcd.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.Cmcd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cmcd session_id. */
            session_id: string;

            /** Cmcd content_id. */
            content_id: string;

            /** Cmcd object_type. */
            object_type: string;

            /** Cmcd encoded_bitrate_kbps. */
            encoded_bitrate_kbps: number;

            /** Cmcd buffer_length_ms. */
            buffer_length_ms: number;

            /** Cmcd buffer_starvation. */
            buffer_starvation: boolean;

            /** Cmcd measured_throughput_kbps. */
            measured_throughput_kbps: number;

            /** Cmcd startup. */
            startup: boolean;

            /** Cmcd object_duration_ms. */
            object_duration_ms: number;

            /** Cmcd deadline_ms. */
            deadline_ms: number;

            /** Cmcd top_bitrate_kbps. */
            top_bitrate_kbps: number;

            /** Cmcd stream_type. */
            stream_type: string;

            /** Cmcd streaming_format. */
            streaming_format: string;

            /** Cmcd playback_rate. */
            playback_rate: number;

            /** Cmcd requested_max_throughput_kbps. */
            requested_max_throughput_kbps: number;

            /** Cmcd next_object_request. */
            next_object_request: string;

            /** Cmcd next_range_request. */
            next_range_request: string;

            /** Cmcd version. */
            version: number;

            /**
             * Creates a new Cmcd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cmcd instance
             */
            static create(properties: qoe.v1.Cmcd.$Shape): qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape;
            static create(properties?: qoe.v1.Cmcd.$Properties): qoe.v1.Cmcd;

            /**
             * Encodes the specified Cmcd message. Does not implicitly {@link qoe.v1.Cmcd.verify|verify} messages.
             * @param m Cmcd message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.Cmcd.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Cmcd message, length delimited. Does not implicitly {@link qoe.v1.Cmcd.verify|verify} messages.
             * @param message Cmcd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.Cmcd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cmcd message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape} Cmcd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape;

            /**
             * Decodes a Cmcd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape} Cmcd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape;

            /**
             * Verifies a Cmcd message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Cmcd message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Cmcd
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.Cmcd;

            /**
             * Creates a plain object from a Cmcd message. Also converts values to other types if specified.
             * @param m Cmcd
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.Cmcd, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cmcd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Cmcd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cmcd {

            /** Properties of a Cmcd. */
            interface $Properties {

                /** Cmcd session_id */
                session_id?: (string|null);

                /** Cmcd content_id */
                content_id?: (string|null);

                /** Cmcd object_type */
                object_type?: (string|null);

                /** Cmcd encoded_bitrate_kbps */
                encoded_bitrate_kbps?: (number|null);

                /** Cmcd buffer_length_ms */
                buffer_length_ms?: (number|null);

                /** Cmcd buffer_starvation */
                buffer_starvation?: (boolean|null);

                /** Cmcd measured_throughput_kbps */
                measured_throughput_kbps?: (number|null);

                /** Cmcd startup */
                startup?: (boolean|null);

                /** Cmcd object_duration_ms */
                object_duration_ms?: (number|null);

                /** Cmcd deadline_ms */
                deadline_ms?: (number|null);

                /** Cmcd top_bitrate_kbps */
                top_bitrate_kbps?: (number|null);

                /** Cmcd stream_type */
                stream_type?: (string|null);

                /** Cmcd streaming_format */
                streaming_format?: (string|null);

                /** Cmcd playback_rate */
                playback_rate?: (number|null);

                /** Cmcd requested_max_throughput_kbps */
                requested_max_throughput_kbps?: (number|null);

                /** Cmcd next_object_request */
                next_object_request?: (string|null);

                /** Cmcd next_range_request */
                next_range_request?: (string|null);

                /** Cmcd version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cmcd. */
            type $Shape = qoe.v1.Cmcd.$Properties;
        }

        /**
         * Properties of a CdnAccessRecord.
         * @deprecated Use qoe.v1.CdnAccessRecord.$Properties instead.
         */
        interface ICdnAccessRecord extends qoe.v1.CdnAccessRecord.$Properties {
        }

        /** Represents a CdnAccessRecord. */
        class CdnAccessRecord {

            /**
             * Constructs a new CdnAccessRecord.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.CdnAccessRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CdnAccessRecord record_id. */
            record_id: string;

            /** CdnAccessRecord source_format. */
            source_format: string;

            /** CdnAccessRecord cdn. */
            cdn: string;

            /** CdnAccessRecord pop. */
            pop: string;

            /** CdnAccessRecord request_time_ms. */
            request_time_ms: number;

            /** CdnAccessRecord client_ip. */
            client_ip: string;

            /** CdnAccessRecord asn. */
            asn: number;

            /** CdnAccessRecord country. */
            country: string;

            /** CdnAccessRecord method. */
            method: string;

            /** CdnAccessRecord scheme. */
            scheme: string;

            /** CdnAccessRecord host. */
            host: string;

            /** CdnAccessRecord path. */
            path: string;

            /** CdnAccessRecord query. */
            query: string;

            /** CdnAccessRecord protocol. */
            protocol: string;

            /** CdnAccessRecord user_agent. */
            user_agent: string;

            /** CdnAccessRecord referer. */
            referer: string;

            /** CdnAccessRecord content_type. */
            content_type: string;

            /** CdnAccessRecord status. */
            status: number;

            /** CdnAccessRecord bytes_sent. */
            bytes_sent: number;

            /** CdnAccessRecord ttfb_ms. */
            ttfb_ms: number;

            /** CdnAccessRecord total_ms. */
            total_ms: number;

            /** CdnAccessRecord cache_status. */
            cache_status: string;

            /** CdnAccessRecord cache_hit. */
            cache_hit: boolean;

            /** CdnAccessRecord client_rtt_ms. */
            client_rtt_ms: number;

            /** CdnAccessRecord cmcd. */
            cmcd?: (qoe.v1.Cmcd.$Properties|null);

            /** CdnAccessRecord environment_id. */
            environment_id: string;

            /** CdnAccessRecord asset_id. */
            asset_id: string;

            /** CdnAccessRecord rendition. */
            rendition: string;

            /** CdnAccessRecord segment_duration_ms. */
            segment_duration_ms: number;

            /**
             * Creates a new CdnAccessRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CdnAccessRecord instance
             */
            static create(properties: qoe.v1.CdnAccessRecord.$Shape): qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape;
            static create(properties?: qoe.v1.CdnAccessRecord.$Properties): qoe.v1.CdnAccessRecord;

            /**
             * Encodes the specified CdnAccessRecord message. Does not implicitly {@link qoe.v1.CdnAccessRecord.verify|verify} messages.
             * @param m CdnAccessRecord message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.CdnAccessRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CdnAccessRecord message, length delimited. Does not implicitly {@link qoe.v1.CdnAccessRecord.verify|verify} messages.
             * @param message CdnAccessRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.CdnAccessRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CdnAccessRecord message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape} CdnAccessRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape;

            /**
             * Decodes a CdnAccessRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape} CdnAccessRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape;

            /**
             * Verifies a CdnAccessRecord message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CdnAccessRecord message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CdnAccessRecord
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.CdnAccessRecord;

            /**
             * Creates a plain object from a CdnAccessRecord message. Also converts values to other types if specified.
             * @param m CdnAccessRecord
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.CdnAccessRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CdnAccessRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CdnAccessRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CdnAccessRecord {

            /** Properties of a CdnAccessRecord. */
            interface $Properties {

                /** CdnAccessRecord record_id */
                record_id?: (string|null);

                /** CdnAccessRecord source_format */
                source_format?: (string|null);

                /** CdnAccessRecord cdn */
                cdn?: (string|null);

                /** CdnAccessRecord pop */
                pop?: (string|null);

                /** CdnAccessRecord request_time_ms */
                request_time_ms?: (number|null);

                /** CdnAccessRecord client_ip */
                client_ip?: (string|null);

                /** CdnAccessRecord asn */
                asn?: (number|null);

                /** CdnAccessRecord country */
                country?: (string|null);

                /** CdnAccessRecord method */
                method?: (string|null);

                /** CdnAccessRecord scheme */
                scheme?: (string|null);

                /** CdnAccessRecord host */
                host?: (string|null);

                /** CdnAccessRecord path */
                path?: (string|null);

                /** CdnAccessRecord query */
                query?: (string|null);

                /** CdnAccessRecord protocol */
                protocol?: (string|null);

                /** CdnAccessRecord user_agent */
                user_agent?: (string|null);

                /** CdnAccessRecord referer */
                referer?: (string|null);

                /** CdnAccessRecord content_type */
                content_type?: (string|null);

                /** CdnAccessRecord status */
                status?: (number|null);

                /** CdnAccessRecord bytes_sent */
                bytes_sent?: (number|null);

                /** CdnAccessRecord ttfb_ms */
                ttfb_ms?: (number|null);

                /** CdnAccessRecord total_ms */
                total_ms?: (number|null);

                /** CdnAccessRecord cache_status */
                cache_status?: (string|null);

                /** CdnAccessRecord cache_hit */
                cache_hit?: (boolean|null);

                /** CdnAccessRecord client_rtt_ms */
                client_rtt_ms?: (number|null);

                /** CdnAccessRecord cmcd */
                cmcd?: (qoe.v1.Cmcd.$Properties|null);

                /** CdnAccessRecord environment_id */
                environment_id?: (string|null);

                /** CdnAccessRecord asset_id */
                asset_id?: (string|null);

                /** CdnAccessRecord rendition */
                rendition?: (string|null);

                /** CdnAccessRecord segment_duration_ms */
                segment_duration_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CdnAccessRecord. */
            type $Shape = qoe.v1.CdnAccessRecord.$Properties;
        }

        /**
         * Properties of a CdnLogBatch.
         * @deprecated Use qoe.v1.CdnLogBatch.$Properties instead.
         */
        interface ICdnLogBatch extends qoe.v1.CdnLogBatch.$Properties {
        }

        /** Represents a CdnLogBatch. */
        class CdnLogBatch {

            /**
             * Constructs a new CdnLogBatch.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.CdnLogBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CdnLogBatch batch_id. */
            batch_id: string;

            /** CdnLogBatch collector_id. */
            collector_id: string;

            /** CdnLogBatch received_at_ms. */
            received_at_ms: number;

            /** CdnLogBatch records. */
            records: qoe.v1.CdnAccessRecord.$Properties[];

            /**
             * Creates a new CdnLogBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CdnLogBatch instance
             */
            static create(properties: qoe.v1.CdnLogBatch.$Shape): qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape;
            static create(properties?: qoe.v1.CdnLogBatch.$Properties): qoe.v1.CdnLogBatch;

            /**
             * Encodes the specified CdnLogBatch message. Does not implicitly {@link qoe.v1.CdnLogBatch.verify|verify} messages.
             * @param m CdnLogBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.CdnLogBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CdnLogBatch message, length delimited. Does not implicitly {@link qoe.v1.CdnLogBatch.verify|verify} messages.
             * @param message CdnLogBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.CdnLogBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CdnLogBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape} CdnLogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape;

            /**
             * Decodes a CdnLogBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape} CdnLogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape;

            /**
             * Verifies a CdnLogBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CdnLogBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CdnLogBatch
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.CdnLogBatch;

            /**
             * Creates a plain object from a CdnLogBatch message. Also converts values to other types if specified.
             * @param m CdnLogBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.CdnLogBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CdnLogBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CdnLogBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CdnLogBatch {

            /** Properties of a CdnLogBatch. */
            interface $Properties {

                /** CdnLogBatch batch_id */
                batch_id?: (string|null);

                /** CdnLogBatch collector_id */
                collector_id?: (string|null);

                /** CdnLogBatch received_at_ms */
                received_at_ms?: (number|null);

                /** CdnLogBatch records */
                records?: (qoe.v1.CdnAccessRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CdnLogBatch. */
            type $Shape = qoe.v1.CdnLogBatch.$Properties;
        }

        /**
         * Properties of a ControlCommand.
         * @deprecated Use qoe.v1.ControlCommand.$Properties instead.
         */
        interface IControlCommand extends qoe.v1.ControlCommand.$Properties {
        }

        /** Represents a ControlCommand. */
        class ControlCommand {

            /**
             * Constructs a new ControlCommand.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.ControlCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlCommand command_id. */
            command_id: string;

            /** ControlCommand action. */
            action: qoe.v1.ControlCommand.Action;

            /** ControlCommand issued_at_ms. */
            issued_at_ms: number;

            /** ControlCommand incident_id. */
            incident_id: string;

            /** ControlCommand property_id. */
            property_id: string;

            /** ControlCommand error_type. */
            error_type: string;

            /** ControlCommand duration_ms. */
            duration_ms: number;

            /** ControlCommand dump_path. */
            dump_path: string;

            /** ControlCommand issued_by. */
            issued_by: string;

            /**
             * Creates a new ControlCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlCommand instance
             */
            static create(properties: qoe.v1.ControlCommand.$Shape): qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape;
            static create(properties?: qoe.v1.ControlCommand.$Properties): qoe.v1.ControlCommand;

            /**
             * Encodes the specified ControlCommand message. Does not implicitly {@link qoe.v1.ControlCommand.verify|verify} messages.
             * @param m ControlCommand message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.ControlCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ControlCommand message, length delimited. Does not implicitly {@link qoe.v1.ControlCommand.verify|verify} messages.
             * @param message ControlCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.ControlCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlCommand message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape} ControlCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape;

            /**
             * Decodes a ControlCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape} ControlCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape;

            /**
             * Verifies a ControlCommand message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ControlCommand message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ControlCommand
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.ControlCommand;

            /**
             * Creates a plain object from a ControlCommand message. Also converts values to other types if specified.
             * @param m ControlCommand
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.ControlCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlCommand {

            /** Properties of a ControlCommand. */
            interface $Properties {

                /** ControlCommand command_id */
                command_id?: (string|null);

                /** ControlCommand action */
                action?: (qoe.v1.ControlCommand.Action|null);

                /** ControlCommand issued_at_ms */
                issued_at_ms?: (number|null);

                /** ControlCommand incident_id */
                incident_id?: (string|null);

                /** ControlCommand property_id */
                property_id?: (string|null);

                /** ControlCommand error_type */
                error_type?: (string|null);

                /** ControlCommand duration_ms */
                duration_ms?: (number|null);

                /** ControlCommand dump_path */
                dump_path?: (string|null);

                /** ControlCommand issued_by */
                issued_by?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlCommand. */
            type $Shape = qoe.v1.ControlCommand.$Properties;

            /** Action enum. */
            enum Action {

                /** ACTION_UNSPECIFIED value */
                ACTION_UNSPECIFIED = 0,

                /** DUMP_BASELINES value */
                DUMP_BASELINES = 1,

                /** DUMP_INCIDENTS value */
                DUMP_INCIDENTS = 2,

                /** CLOSE_INCIDENT value */
                CLOSE_INCIDENT = 3,

                /** MUTE_INCIDENT value */
                MUTE_INCIDENT = 4,

                /** MUTE_PROPERTY value */
                MUTE_PROPERTY = 5,

                /** UNMUTE_PROPERTY value */
                UNMUTE_PROPERTY = 6,

                /** RESET_BASELINE value */
                RESET_BASELINE = 7,

                /** UNMUTE_INCIDENT value */
                UNMUTE_INCIDENT = 8
            }
        }

        /**
         * Properties of a ControlReply.
         * @deprecated Use qoe.v1.ControlReply.$Properties instead.
         */
        interface IControlReply extends qoe.v1.ControlReply.$Properties {
        }

        /** Represents a ControlReply. */
        class ControlReply {

            /**
             * Constructs a new ControlReply.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.ControlReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlReply command_id. */
            command_id: string;

            /** ControlReply instance_id. */
            instance_id: string;

            /** ControlReply ok. */
            ok: boolean;

            /** ControlReply error. */
            error: string;

            /** ControlReply body_json. */
            body_json: string;

            /**
             * Creates a new ControlReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlReply instance
             */
            static create(properties: qoe.v1.ControlReply.$Shape): qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape;
            static create(properties?: qoe.v1.ControlReply.$Properties): qoe.v1.ControlReply;

            /**
             * Encodes the specified ControlReply message. Does not implicitly {@link qoe.v1.ControlReply.verify|verify} messages.
             * @param m ControlReply message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.ControlReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ControlReply message, length delimited. Does not implicitly {@link qoe.v1.ControlReply.verify|verify} messages.
             * @param message ControlReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.ControlReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlReply message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape;

            /**
             * Decodes a ControlReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape;

            /**
             * Verifies a ControlReply message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ControlReply message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ControlReply
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.ControlReply;

            /**
             * Creates a plain object from a ControlReply message. Also converts values to other types if specified.
             * @param m ControlReply
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.ControlReply, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlReply {

            /** Properties of a ControlReply. */
            interface $Properties {

                /** ControlReply command_id */
                command_id?: (string|null);

                /** ControlReply instance_id */
                instance_id?: (string|null);

                /** ControlReply ok */
                ok?: (boolean|null);

                /** ControlReply error */
                error?: (string|null);

                /** ControlReply body_json */
                body_json?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlReply. */
            type $Shape = qoe.v1.ControlReply.$Properties;
        }

        /**
         * Properties of an IncidentBreakdown.
         * @deprecated Use qoe.v1.IncidentBreakdown.$Properties instead.
         */
        interface IIncidentBreakdown extends qoe.v1.IncidentBreakdown.$Properties {
        }

        /** Represents an IncidentBreakdown. */
        class IncidentBreakdown {

            /**
             * Constructs a new IncidentBreakdown.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.IncidentBreakdown.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncidentBreakdown dimension. */
            dimension: string;

            /** IncidentBreakdown value. */
            value: string;

            /** IncidentBreakdown share_pct. */
            share_pct: number;

            /** IncidentBreakdown normal_share_pct. */
            normal_share_pct: number;

            /**
             * Creates a new IncidentBreakdown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncidentBreakdown instance
             */
            static create(properties: qoe.v1.IncidentBreakdown.$Shape): qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape;
            static create(properties?: qoe.v1.IncidentBreakdown.$Properties): qoe.v1.IncidentBreakdown;

            /**
             * Encodes the specified IncidentBreakdown message. Does not implicitly {@link qoe.v1.IncidentBreakdown.verify|verify} messages.
             * @param m IncidentBreakdown message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.IncidentBreakdown.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IncidentBreakdown message, length delimited. Does not implicitly {@link qoe.v1.IncidentBreakdown.verify|verify} messages.
             * @param message IncidentBreakdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.IncidentBreakdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncidentBreakdown message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape} IncidentBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape;

            /**
             * Decodes an IncidentBreakdown message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape} IncidentBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape;

            /**
             * Verifies an IncidentBreakdown message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an IncidentBreakdown message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns IncidentBreakdown
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.IncidentBreakdown;

            /**
             * Creates a plain object from an IncidentBreakdown message. Also converts values to other types if specified.
             * @param m IncidentBreakdown
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.IncidentBreakdown, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IncidentBreakdown to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IncidentBreakdown
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IncidentBreakdown {

            /** Properties of an IncidentBreakdown. */
            interface $Properties {

                /** IncidentBreakdown dimension */
                dimension?: (string|null);

                /** IncidentBreakdown value */
                value?: (string|null);

                /** IncidentBreakdown share_pct */
                share_pct?: (number|null);

                /** IncidentBreakdown normal_share_pct */
                normal_share_pct?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncidentBreakdown. */
            type $Shape = qoe.v1.IncidentBreakdown.$Properties;
        }

        /**
         * Properties of an Incident.
         * @deprecated Use qoe.v1.Incident.$Properties instead.
         */
        interface IIncident extends qoe.v1.Incident.$Properties {
        }

        /** Represents an Incident. */
        class Incident {

            /**
             * Constructs a new Incident.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.Incident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Incident incident_id. */
            incident_id: string;

            /** Incident status. */
            status: qoe.v1.Incident.Status;

            /** Incident scope. */
            scope: string;

            /** Incident property_id. */
            property_id: string;

            /** Incident video_id. */
            video_id: string;

            /** Incident video_title. */
            video_title: string;

            /** Incident error_type. */
            error_type: string;

            /** Incident severity. */
            severity: string;

            /** Incident opened_at_ms. */
            opened_at_ms: number;

            /** Incident closed_at_ms. */
            closed_at_ms: number;

            /** Incident updated_at_ms. */
            updated_at_ms: number;

            /** Incident error_rate_pct. */
            error_rate_pct: number;

            /** Incident baseline_pct. */
            baseline_pct: number;

            /** Incident views. */
            views: number;

            /** Incident errors. */
            errors: number;

            /** Incident views_impacted. */
            views_impacted: number;

            /** Incident views_impacted_per_hour. */
            views_impacted_per_hour: number;

            /** Incident message. */
            message: string;

            /** Incident breakdowns. */
            breakdowns: qoe.v1.IncidentBreakdown.$Properties[];

            /**
             * Creates a new Incident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Incident instance
             */
            static create(properties: qoe.v1.Incident.$Shape): qoe.v1.Incident & qoe.v1.Incident.$Shape;
            static create(properties?: qoe.v1.Incident.$Properties): qoe.v1.Incident;

            /**
             * Encodes the specified Incident message. Does not implicitly {@link qoe.v1.Incident.verify|verify} messages.
             * @param m Incident message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.Incident.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Incident message, length delimited. Does not implicitly {@link qoe.v1.Incident.verify|verify} messages.
             * @param message Incident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.Incident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Incident message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.Incident & qoe.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.Incident & qoe.v1.Incident.$Shape;

            /**
             * Decodes an Incident message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.Incident & qoe.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.Incident & qoe.v1.Incident.$Shape;

            /**
             * Verifies an Incident message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Incident message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Incident
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.Incident;

            /**
             * Creates a plain object from an Incident message. Also converts values to other types if specified.
             * @param m Incident
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.Incident, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Incident to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Incident
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Incident {

            /** Properties of an Incident. */
            interface $Properties {

                /** Incident incident_id */
                incident_id?: (string|null);

                /** Incident status */
                status?: (qoe.v1.Incident.Status|null);

                /** Incident scope */
                scope?: (string|null);

                /** Incident property_id */
                property_id?: (string|null);

                /** Incident video_id */
                video_id?: (string|null);

                /** Incident video_title */
                video_title?: (string|null);

                /** Incident error_type */
                error_type?: (string|null);

                /** Incident severity */
                severity?: (string|null);

                /** Incident opened_at_ms */
                opened_at_ms?: (number|null);

                /** Incident closed_at_ms */
                closed_at_ms?: (number|null);

                /** Incident updated_at_ms */
                updated_at_ms?: (number|null);

                /** Incident error_rate_pct */
                error_rate_pct?: (number|null);

                /** Incident baseline_pct */
                baseline_pct?: (number|null);

                /** Incident views */
                views?: (number|null);

                /** Incident errors */
                errors?: (number|null);

                /** Incident views_impacted */
                views_impacted?: (number|null);

                /** Incident views_impacted_per_hour */
                views_impacted_per_hour?: (number|null);

                /** Incident message */
                message?: (string|null);

                /** Incident breakdowns */
                breakdowns?: (qoe.v1.IncidentBreakdown.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Incident. */
            type $Shape = qoe.v1.Incident.$Properties;

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** OPEN value */
                OPEN = 1,

                /** UPDATED value */
                UPDATED = 2,

                /** CLOSED value */
                CLOSED = 3
            }
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use qoe.v1.Timestamp.$Properties instead.
         */
        interface ITimestamp extends qoe.v1.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: qoe.v1.Timestamp.$Shape): qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape;
            static create(properties?: qoe.v1.Timestamp.$Properties): qoe.v1.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link qoe.v1.Timestamp.verify|verify} messages.
             * @param m Timestamp message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.Timestamp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link qoe.v1.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Timestamp
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param m Timestamp
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.Timestamp, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = qoe.v1.Timestamp.$Properties;
        }

        /**
         * Properties of a VideoView.
         * @deprecated Use qoe.v1.VideoView.$Properties instead.
         */
        interface IVideoView extends qoe.v1.VideoView.$Properties {
        }

        /** Represents a VideoView. */
        class VideoView {

            /**
             * Constructs a new VideoView.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.VideoView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VideoView view_id. */
            view_id: string;

            /** VideoView property_id. */
            property_id: string;

            /** VideoView view_start. */
            view_start?: (qoe.v1.Timestamp.$Properties|null);

            /** VideoView view_end. */
            view_end?: (qoe.v1.Timestamp.$Properties|null);

            /** VideoView asn. */
            asn: number;

            /** VideoView browser. */
            browser: string;

            /** VideoView browser_version. */
            browser_version: string;

            /** VideoView cdn. */
            cdn: string;

            /** VideoView city. */
            city: string;

            /** VideoView continent_code. */
            continent_code: string;

            /** VideoView country. */
            country: string;

            /** VideoView country_name. */
            country_name: string;

            /** VideoView custom_1. */
            custom_1: string;

            /** VideoView custom_2. */
            custom_2: string;

            /** VideoView custom_3. */
            custom_3: string;

            /** VideoView custom_4. */
            custom_4: string;

            /** VideoView custom_5. */
            custom_5: string;

            /** VideoView error_type. */
            error_type: number;

            /** VideoView exit_before_video_start. */
            exit_before_video_start: boolean;

            /** VideoView experiment_name. */
            experiment_name: string;

            /** VideoView latitude. */
            latitude: number;

            /** VideoView longitude. */
            longitude: number;

            /** VideoView max_downscale_percentage. */
            max_downscale_percentage: number;

            /** VideoView max_upscale_percentage. */
            max_upscale_percentage: number;

            /** VideoView operating_system. */
            operating_system: string;

            /** VideoView operating_system_version. */
            operating_system_version: string;

            /** VideoView page_load_time. */
            page_load_time: number;

            /** VideoView page_type. */
            page_type: string;

            /** VideoView page_url. */
            page_url: string;

            /** VideoView playback_success_score. */
            playback_success_score: number;

            /** VideoView player_autoplay. */
            player_autoplay: boolean;

            /** VideoView player_error_code. */
            player_error_code: string;

            /** VideoView player_error_message. */
            player_error_message: string;

            /** VideoView player_height. */
            player_height: number;

            /** VideoView player_instance_id. */
            player_instance_id: string;

            /** VideoView player_language. */
            player_language: string;

            /** VideoView player_name. */
            player_name: string;

            /** VideoView player_preload. */
            player_preload: boolean;

            /** VideoView player_remote_played. */
            player_remote_played: boolean;

            /** VideoView player_software. */
            player_software: string;

            /** VideoView player_software_version. */
            player_software_version: string;

            /** VideoView player_source_domain. */
            player_source_domain: string;

            /** VideoView player_source_duration. */
            player_source_duration: number;

            /** VideoView player_source_height. */
            player_source_height: number;

            /** VideoView player_source_url. */
            player_source_url: string;

            /** VideoView player_source_width. */
            player_source_width: number;

            /** VideoView player_startup_time. */
            player_startup_time: number;

            /** VideoView player_version. */
            player_version: string;

            /** VideoView player_view_count. */
            player_view_count: number;

            /** VideoView player_width. */
            player_width: number;

            /** VideoView rebuffer_count. */
            rebuffer_count: number;

            /** VideoView rebuffer_duration. */
            rebuffer_duration: number;

            /** VideoView rebuffer_frequency. */
            rebuffer_frequency: number;

            /** VideoView rebuffer_percentage. */
            rebuffer_percentage: number;

            /** VideoView region. */
            region: string;

            /** VideoView session_id. */
            session_id: string;

            /** VideoView smoothness_score. */
            smoothness_score: number;

            /** VideoView source_hostname. */
            source_hostname: string;

            /** VideoView source_type. */
            source_type: string;

            /** VideoView startup_time_score. */
            startup_time_score: number;

            /** VideoView sub_property_id. */
            sub_property_id: string;

            /** VideoView used_fullscreen. */
            used_fullscreen: boolean;

            /** VideoView video_content_type. */
            video_content_type: string;

            /** VideoView video_duration. */
            video_duration: number;

            /** VideoView video_encoding_variant. */
            video_encoding_variant: string;

            /** VideoView video_id. */
            video_id: string;

            /** VideoView video_language. */
            video_language: string;

            /** VideoView video_producer. */
            video_producer: string;

            /** VideoView video_quality_score. */
            video_quality_score: number;

            /** VideoView video_series. */
            video_series: string;

            /** VideoView video_startup_time. */
            video_startup_time: number;

            /** VideoView video_title. */
            video_title: string;

            /** VideoView video_variant_id. */
            video_variant_id: string;

            /** VideoView video_variant_name. */
            video_variant_name: string;

            /** VideoView view_downscaling_percentage. */
            view_downscaling_percentage: number;

            /** VideoView view_max_playhead_position. */
            view_max_playhead_position: number;

            /** VideoView view_playing_time. */
            view_playing_time: number;

            /** VideoView view_seek_count. */
            view_seek_count: number;

            /** VideoView view_seek_duration. */
            view_seek_duration: number;

            /** VideoView view_session_id. */
            view_session_id: string;

            /** VideoView view_total_content_playback_time. */
            view_total_content_playback_time: number;

            /** VideoView view_total_downscaling. */
            view_total_downscaling: number;

            /** VideoView view_total_upscaling. */
            view_total_upscaling: number;

            /** VideoView view_upscaling_percentage. */
            view_upscaling_percentage: number;

            /** VideoView viewer_application_engine. */
            viewer_application_engine: string;

            /** VideoView viewer_connection_type. */
            viewer_connection_type: string;

            /** VideoView viewer_device_category. */
            viewer_device_category: string;

            /** VideoView viewer_device_manufacturer. */
            viewer_device_manufacturer: string;

            /** VideoView viewer_device_name. */
            viewer_device_name: string;

            /** VideoView viewer_experience_score. */
            viewer_experience_score: number;

            /** VideoView viewer_os_architecture. */
            viewer_os_architecture: string;

            /** VideoView viewer_user_agent. */
            viewer_user_agent: string;

            /** VideoView viewer_user_id. */
            viewer_user_id: string;

            /** VideoView watch_time. */
            watch_time: number;

            /** VideoView watched. */
            watched: boolean;

            /** VideoView weighted_average_bitrate. */
            weighted_average_bitrate: number;

            /** VideoView stream_type. */
            stream_type: string;

            /** VideoView asset_id. */
            asset_id: string;

            /** VideoView live_stream_id. */
            live_stream_id: string;

            /** VideoView playback_id. */
            playback_id: string;

            /** VideoView live_stream_latency. */
            live_stream_latency: number;

            /** VideoView environment_id. */
            environment_id: string;

            /** VideoView viewer_device_model. */
            viewer_device_model: string;

            /** VideoView video_startup_failure. */
            video_startup_failure: boolean;

            /** VideoView playback_failure_error_type_id. */
            playback_failure_error_type_id: number;

            /** VideoView playback_business_exception_error_type_id. */
            playback_business_exception_error_type_id: number;

            /** VideoView video_startup_business_exception_error_type_id. */
            video_startup_business_exception_error_type_id: number;

            /** VideoView playback_failure. */
            playback_failure: boolean;

            /**
             * Creates a new VideoView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoView instance
             */
            static create(properties: qoe.v1.VideoView.$Shape): qoe.v1.VideoView & qoe.v1.VideoView.$Shape;
            static create(properties?: qoe.v1.VideoView.$Properties): qoe.v1.VideoView;

            /**
             * Encodes the specified VideoView message. Does not implicitly {@link qoe.v1.VideoView.verify|verify} messages.
             * @param m VideoView message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.VideoView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VideoView message, length delimited. Does not implicitly {@link qoe.v1.VideoView.verify|verify} messages.
             * @param message VideoView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.VideoView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoView message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.VideoView & qoe.v1.VideoView.$Shape} VideoView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.VideoView & qoe.v1.VideoView.$Shape;

            /**
             * Decodes a VideoView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.VideoView & qoe.v1.VideoView.$Shape} VideoView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.VideoView & qoe.v1.VideoView.$Shape;

            /**
             * Verifies a VideoView message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoView message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VideoView
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.VideoView;

            /**
             * Creates a plain object from a VideoView message. Also converts values to other types if specified.
             * @param m VideoView
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.VideoView, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VideoView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VideoView {

            /** Properties of a VideoView. */
            interface $Properties {

                /** VideoView view_id */
                view_id?: (string|null);

                /** VideoView property_id */
                property_id?: (string|null);

                /** VideoView view_start */
                view_start?: (qoe.v1.Timestamp.$Properties|null);

                /** VideoView view_end */
                view_end?: (qoe.v1.Timestamp.$Properties|null);

                /** VideoView asn */
                asn?: (number|null);

                /** VideoView browser */
                browser?: (string|null);

                /** VideoView browser_version */
                browser_version?: (string|null);

                /** VideoView cdn */
                cdn?: (string|null);

                /** VideoView city */
                city?: (string|null);

                /** VideoView continent_code */
                continent_code?: (string|null);

                /** VideoView country */
                country?: (string|null);

                /** VideoView country_name */
                country_name?: (string|null);

                /** VideoView custom_1 */
                custom_1?: (string|null);

                /** VideoView custom_2 */
                custom_2?: (string|null);

                /** VideoView custom_3 */
                custom_3?: (string|null);

                /** VideoView custom_4 */
                custom_4?: (string|null);

                /** VideoView custom_5 */
                custom_5?: (string|null);

                /** VideoView error_type */
                error_type?: (number|null);

                /** VideoView exit_before_video_start */
                exit_before_video_start?: (boolean|null);

                /** VideoView experiment_name */
                experiment_name?: (string|null);

                /** VideoView latitude */
                latitude?: (number|null);

                /** VideoView longitude */
                longitude?: (number|null);

                /** VideoView max_downscale_percentage */
                max_downscale_percentage?: (number|null);

                /** VideoView max_upscale_percentage */
                max_upscale_percentage?: (number|null);

                /** VideoView operating_system */
                operating_system?: (string|null);

                /** VideoView operating_system_version */
                operating_system_version?: (string|null);

                /** VideoView page_load_time */
                page_load_time?: (number|null);

                /** VideoView page_type */
                page_type?: (string|null);

                /** VideoView page_url */
                page_url?: (string|null);

                /** VideoView playback_success_score */
                playback_success_score?: (number|null);

                /** VideoView player_autoplay */
                player_autoplay?: (boolean|null);

                /** VideoView player_error_code */
                player_error_code?: (string|null);

                /** VideoView player_error_message */
                player_error_message?: (string|null);

                /** VideoView player_height */
                player_height?: (number|null);

                /** VideoView player_instance_id */
                player_instance_id?: (string|null);

                /** VideoView player_language */
                player_language?: (string|null);

                /** VideoView player_name */
                player_name?: (string|null);

                /** VideoView player_preload */
                player_preload?: (boolean|null);

                /** VideoView player_remote_played */
                player_remote_played?: (boolean|null);

                /** VideoView player_software */
                player_software?: (string|null);

                /** VideoView player_software_version */
                player_software_version?: (string|null);

                /** VideoView player_source_domain */
                player_source_domain?: (string|null);

                /** VideoView player_source_duration */
                player_source_duration?: (number|null);

                /** VideoView player_source_height */
                player_source_height?: (number|null);

                /** VideoView player_source_url */
                player_source_url?: (string|null);

                /** VideoView player_source_width */
                player_source_width?: (number|null);

                /** VideoView player_startup_time */
                player_startup_time?: (number|null);

                /** VideoView player_version */
                player_version?: (string|null);

                /** VideoView player_view_count */
                player_view_count?: (number|null);

                /** VideoView player_width */
                player_width?: (number|null);

                /** VideoView rebuffer_count */
                rebuffer_count?: (number|null);

                /** VideoView rebuffer_duration */
                rebuffer_duration?: (number|null);

                /** VideoView rebuffer_frequency */
                rebuffer_frequency?: (number|null);

                /** VideoView rebuffer_percentage */
                rebuffer_percentage?: (number|null);

                /** VideoView region */
                region?: (string|null);

                /** VideoView session_id */
                session_id?: (string|null);

                /** VideoView smoothness_score */
                smoothness_score?: (number|null);

                /** VideoView source_hostname */
                source_hostname?: (string|null);

                /** VideoView source_type */
                source_type?: (string|null);

                /** VideoView startup_time_score */
                startup_time_score?: (number|null);

                /** VideoView sub_property_id */
                sub_property_id?: (string|null);

                /** VideoView used_fullscreen */
                used_fullscreen?: (boolean|null);

                /** VideoView video_content_type */
                video_content_type?: (string|null);

                /** VideoView video_duration */
                video_duration?: (number|null);

                /** VideoView video_encoding_variant */
                video_encoding_variant?: (string|null);

                /** VideoView video_id */
                video_id?: (string|null);

                /** VideoView video_language */
                video_language?: (string|null);

                /** VideoView video_producer */
                video_producer?: (string|null);

                /** VideoView video_quality_score */
                video_quality_score?: (number|null);

                /** VideoView video_series */
                video_series?: (string|null);

                /** VideoView video_startup_time */
                video_startup_time?: (number|null);

                /** VideoView video_title */
                video_title?: (string|null);

                /** VideoView video_variant_id */
                video_variant_id?: (string|null);

                /** VideoView video_variant_name */
                video_variant_name?: (string|null);

                /** VideoView view_downscaling_percentage */
                view_downscaling_percentage?: (number|null);

                /** VideoView view_max_playhead_position */
                view_max_playhead_position?: (number|null);

                /** VideoView view_playing_time */
                view_playing_time?: (number|null);

                /** VideoView view_seek_count */
                view_seek_count?: (number|null);

                /** VideoView view_seek_duration */
                view_seek_duration?: (number|null);

                /** VideoView view_session_id */
                view_session_id?: (string|null);

                /** VideoView view_total_content_playback_time */
                view_total_content_playback_time?: (number|null);

                /** VideoView view_total_downscaling */
                view_total_downscaling?: (number|null);

                /** VideoView view_total_upscaling */
                view_total_upscaling?: (number|null);

                /** VideoView view_upscaling_percentage */
                view_upscaling_percentage?: (number|null);

                /** VideoView viewer_application_engine */
                viewer_application_engine?: (string|null);

                /** VideoView viewer_connection_type */
                viewer_connection_type?: (string|null);

                /** VideoView viewer_device_category */
                viewer_device_category?: (string|null);

                /** VideoView viewer_device_manufacturer */
                viewer_device_manufacturer?: (string|null);

                /** VideoView viewer_device_name */
                viewer_device_name?: (string|null);

                /** VideoView viewer_experience_score */
                viewer_experience_score?: (number|null);

                /** VideoView viewer_os_architecture */
                viewer_os_architecture?: (string|null);

                /** VideoView viewer_user_agent */
                viewer_user_agent?: (string|null);

                /** VideoView viewer_user_id */
                viewer_user_id?: (string|null);

                /** VideoView watch_time */
                watch_time?: (number|null);

                /** VideoView watched */
                watched?: (boolean|null);

                /** VideoView weighted_average_bitrate */
                weighted_average_bitrate?: (number|null);

                /** VideoView stream_type */
                stream_type?: (string|null);

                /** VideoView asset_id */
                asset_id?: (string|null);

                /** VideoView live_stream_id */
                live_stream_id?: (string|null);

                /** VideoView playback_id */
                playback_id?: (string|null);

                /** VideoView live_stream_latency */
                live_stream_latency?: (number|null);

                /** VideoView environment_id */
                environment_id?: (string|null);

                /** VideoView viewer_device_model */
                viewer_device_model?: (string|null);

                /** VideoView video_startup_failure */
                video_startup_failure?: (boolean|null);

                /** VideoView playback_failure_error_type_id */
                playback_failure_error_type_id?: (number|null);

                /** VideoView playback_business_exception_error_type_id */
                playback_business_exception_error_type_id?: (number|null);

                /** VideoView video_startup_business_exception_error_type_id */
                video_startup_business_exception_error_type_id?: (number|null);

                /** VideoView playback_failure */
                playback_failure?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoView. */
            type $Shape = qoe.v1.VideoView.$Properties;
        }

        /**
         * Properties of a VideoViewBatch.
         * @deprecated Use qoe.v1.VideoViewBatch.$Properties instead.
         */
        interface IVideoViewBatch extends qoe.v1.VideoViewBatch.$Properties {
        }

        /** Represents a VideoViewBatch. */
        class VideoViewBatch {

            /**
             * Constructs a new VideoViewBatch.
             * @param [p] Properties to set
             */
            constructor(p?: qoe.v1.VideoViewBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VideoViewBatch views. */
            views: qoe.v1.VideoView.$Properties[];

            /**
             * Creates a new VideoViewBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoViewBatch instance
             */
            static create(properties: qoe.v1.VideoViewBatch.$Shape): qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape;
            static create(properties?: qoe.v1.VideoViewBatch.$Properties): qoe.v1.VideoViewBatch;

            /**
             * Encodes the specified VideoViewBatch message. Does not implicitly {@link qoe.v1.VideoViewBatch.verify|verify} messages.
             * @param m VideoViewBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: qoe.v1.VideoViewBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VideoViewBatch message, length delimited. Does not implicitly {@link qoe.v1.VideoViewBatch.verify|verify} messages.
             * @param message VideoViewBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: qoe.v1.VideoViewBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoViewBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape} VideoViewBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape;

            /**
             * Decodes a VideoViewBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape} VideoViewBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape;

            /**
             * Verifies a VideoViewBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoViewBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VideoViewBatch
             */
            static fromObject(d: { [k: string]: any }): qoe.v1.VideoViewBatch;

            /**
             * Creates a plain object from a VideoViewBatch message. Also converts values to other types if specified.
             * @param m VideoViewBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: qoe.v1.VideoViewBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoViewBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VideoViewBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VideoViewBatch {

            /** Properties of a VideoViewBatch. */
            interface $Properties {

                /** VideoViewBatch views */
                views?: (qoe.v1.VideoView.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoViewBatch. */
            type $Shape = qoe.v1.VideoViewBatch.$Properties;
        }
    }
}
