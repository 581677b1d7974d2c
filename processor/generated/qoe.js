/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.qoe = (function() {

    /**
     * Namespace qoe.
     * @exports qoe
     * @namespace
     */
    var qoe = {};

    qoe.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof qoe
         * @namespace
         */
        var v1 = {};

        v1.Cmcd = (function() {

            /**
             * Properties of a Cmcd.
             * @typedef {Object} qoe.v1.Cmcd.$Properties
             * @property {string|null} [session_id] Cmcd session_id
             * @property {string|null} [content_id] Cmcd content_id
             * @property {string|null} [object_type] Cmcd object_type
             * @property {number|null} [encoded_bitrate_kbps] Cmcd encoded_bitrate_kbps
             * @property {number|null} [buffer_length_ms] Cmcd buffer_length_ms
             * @property {boolean|null} [buffer_starvation] Cmcd buffer_starvation
             * @property {number|null} [measured_throughput_kbps] Cmcd measured_throughput_kbps
             * @property {boolean|null} [startup] Cmcd startup
             * @property {number|null} [object_duration_ms] Cmcd object_duration_ms
             * @property {number|null} [deadline_ms] Cmcd deadline_ms
             * @property {number|null} [top_bitrate_kbps] Cmcd top_bitrate_kbps
             * @property {string|null} [stream_type] Cmcd stream_type
             * @property {string|null} [streaming_format] Cmcd streaming_format
             * @property {number|null} [playback_rate] Cmcd playback_rate
             * @property {number|null} [requested_max_throughput_kbps] Cmcd requested_max_throughput_kbps
             * @property {string|null} [next_object_request] Cmcd next_object_request
             * @property {string|null} [next_range_request] Cmcd next_range_request
             * @property {number|null} [version] Cmcd version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cmcd.
             * @memberof qoe.v1
             * @interface ICmcd
             * @augments qoe.v1.Cmcd.$Properties
             * @deprecated Use qoe.v1.Cmcd.$Properties instead.
             */

            /**
             * Shape of a Cmcd.
             * @typedef {qoe.v1.Cmcd.$Properties} qoe.v1.Cmcd.$Shape
             */

            /**
             * Constructs a new Cmcd.
             * @memberof qoe.v1
             * @classdesc Represents a Cmcd.
             * @constructor
             * @param {qoe.v1.Cmcd.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Cmcd = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Cmcd session_id.
             * @member {string} session_id
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.session_id = "";

            /**
             * Cmcd content_id.
             * @member {string} content_id
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.content_id = "";

            /**
             * Cmcd object_type.
             * @member {string} object_type
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.object_type = "";

            /**
             * Cmcd encoded_bitrate_kbps.
             * @member {number} encoded_bitrate_kbps
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.encoded_bitrate_kbps = 0;

            /**
             * Cmcd buffer_length_ms.
             * @member {number} buffer_length_ms
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.buffer_length_ms = 0;

            /**
             * Cmcd buffer_starvation.
             * @member {boolean} buffer_starvation
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.buffer_starvation = false;

            /**
             * Cmcd measured_throughput_kbps.
             * @member {number} measured_throughput_kbps
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.measured_throughput_kbps = 0;

            /**
             * Cmcd startup.
             * @member {boolean} startup
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.startup = false;

            /**
             * Cmcd object_duration_ms.
             * @member {number} object_duration_ms
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.object_duration_ms = 0;

            /**
             * Cmcd deadline_ms.
             * @member {number} deadline_ms
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.deadline_ms = 0;

            /**
             * Cmcd top_bitrate_kbps.
             * @member {number} top_bitrate_kbps
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.top_bitrate_kbps = 0;

            /**
             * Cmcd stream_type.
             * @member {string} stream_type
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.stream_type = "";

            /**
             * Cmcd streaming_format.
             * @member {string} streaming_format
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.streaming_format = "";

            /**
             * Cmcd playback_rate.
             * @member {number} playback_rate
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.playback_rate = 0;

            /**
             * Cmcd requested_max_throughput_kbps.
             * @member {number} requested_max_throughput_kbps
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.requested_max_throughput_kbps = 0;

            /**
             * Cmcd next_object_request.
             * @member {string} next_object_request
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.next_object_request = "";

            /**
             * Cmcd next_range_request.
             * @member {string} next_range_request
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.next_range_request = "";

            /**
             * Cmcd version.
             * @member {number} version
             * @memberof qoe.v1.Cmcd
             * @instance
             */
            Cmcd.prototype.version = 0;

            /**
             * Creates a new Cmcd instance using the specified properties.
             * @function create
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {qoe.v1.Cmcd.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.Cmcd} Cmcd instance
             * @type {{
             *   (properties: qoe.v1.Cmcd.$Shape): qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape;
             *   (properties?: qoe.v1.Cmcd.$Properties): qoe.v1.Cmcd;
             * }}
             */
            Cmcd.create = function(properties) {
                return new Cmcd(properties);
            };

            /**
             * Encodes the specified Cmcd message. Does not implicitly {@link qoe.v1.Cmcd.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {qoe.v1.Cmcd.$Properties} m Cmcd message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cmcd.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id") && m.session_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.session_id);
                if (m.content_id != null && $Object.hasOwnProperty.call(m, "content_id") && m.content_id !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.content_id);
                if (m.object_type != null && $Object.hasOwnProperty.call(m, "object_type") && m.object_type !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.object_type);
                if (m.encoded_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "encoded_bitrate_kbps") && m.encoded_bitrate_kbps !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.encoded_bitrate_kbps);
                if (m.buffer_length_ms != null && $Object.hasOwnProperty.call(m, "buffer_length_ms") && m.buffer_length_ms !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.buffer_length_ms);
                if (m.buffer_starvation != null && $Object.hasOwnProperty.call(m, "buffer_starvation") && m.buffer_starvation !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.buffer_starvation);
                if (m.measured_throughput_kbps != null && $Object.hasOwnProperty.call(m, "measured_throughput_kbps") && m.measured_throughput_kbps !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.measured_throughput_kbps);
                if (m.startup != null && $Object.hasOwnProperty.call(m, "startup") && m.startup !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.startup);
                if (m.object_duration_ms != null && $Object.hasOwnProperty.call(m, "object_duration_ms") && m.object_duration_ms !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).int32(m.object_duration_ms);
                if (m.deadline_ms != null && $Object.hasOwnProperty.call(m, "deadline_ms") && m.deadline_ms !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).int32(m.deadline_ms);
                if (m.top_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "top_bitrate_kbps") && m.top_bitrate_kbps !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).int32(m.top_bitrate_kbps);
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type") && m.stream_type !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.stream_type);
                if (m.streaming_format != null && $Object.hasOwnProperty.call(m, "streaming_format") && m.streaming_format !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.streaming_format);
                if (m.playback_rate != null && $Object.hasOwnProperty.call(m, "playback_rate") && !$Object.is(m.playback_rate, 0))
                    w.uint32(/* id 14, wireType 5 =*/117).float(m.playback_rate);
                if (m.requested_max_throughput_kbps != null && $Object.hasOwnProperty.call(m, "requested_max_throughput_kbps") && m.requested_max_throughput_kbps !== 0)
                    w.uint32(/* id 15, wireType 0 =*/120).int32(m.requested_max_throughput_kbps);
                if (m.next_object_request != null && $Object.hasOwnProperty.call(m, "next_object_request") && m.next_object_request !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.next_object_request);
                if (m.next_range_request != null && $Object.hasOwnProperty.call(m, "next_range_request") && m.next_range_request !== "")
                    w.uint32(/* id 17, wireType 2 =*/138).string(m.next_range_request);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 18, wireType 0 =*/144).int32(m.version);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Cmcd message, length delimited. Does not implicitly {@link qoe.v1.Cmcd.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {qoe.v1.Cmcd.$Properties} message Cmcd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cmcd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Cmcd message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape} Cmcd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cmcd.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.Cmcd();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.session_id = v;
                            else
                                delete m.session_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.content_id = v;
                            else
                                delete m.content_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.object_type = v;
                            else
                                delete m.object_type;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.encoded_bitrate_kbps = v;
                            else
                                delete m.encoded_bitrate_kbps;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.buffer_length_ms = v;
                            else
                                delete m.buffer_length_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.buffer_starvation = v;
                            else
                                delete m.buffer_starvation;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.measured_throughput_kbps = v;
                            else
                                delete m.measured_throughput_kbps;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.startup = v;
                            else
                                delete m.startup;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.object_duration_ms = v;
                            else
                                delete m.object_duration_ms;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.deadline_ms = v;
                            else
                                delete m.deadline_ms;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.top_bitrate_kbps = v;
                            else
                                delete m.top_bitrate_kbps;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.stream_type = v;
                            else
                                delete m.stream_type;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.streaming_format = v;
                            else
                                delete m.streaming_format;
                            continue;
                        }
                    case 14: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.playback_rate = v;
                            else
                                delete m.playback_rate;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.requested_max_throughput_kbps = v;
                            else
                                delete m.requested_max_throughput_kbps;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.next_object_request = v;
                            else
                                delete m.next_object_request;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.next_range_request = v;
                            else
                                delete m.next_range_request;
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Cmcd message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.Cmcd & qoe.v1.Cmcd.$Shape} Cmcd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cmcd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Cmcd message.
             * @function verify
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Cmcd.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id")) {
                    if (!$util.isString(m.session_id))
                        return "session_id: string expected";
                }
                if (m.content_id != null && $Object.hasOwnProperty.call(m, "content_id")) {
                    if (!$util.isString(m.content_id))
                        return "content_id: string expected";
                }
                if (m.object_type != null && $Object.hasOwnProperty.call(m, "object_type")) {
                    if (!$util.isString(m.object_type))
                        return "object_type: string expected";
                }
                if (m.encoded_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "encoded_bitrate_kbps")) {
                    if (!$util.isInteger(m.encoded_bitrate_kbps))
                        return "encoded_bitrate_kbps: integer expected";
                }
                if (m.buffer_length_ms != null && $Object.hasOwnProperty.call(m, "buffer_length_ms")) {
                    if (!$util.isInteger(m.buffer_length_ms))
                        return "buffer_length_ms: integer expected";
                }
                if (m.buffer_starvation != null && $Object.hasOwnProperty.call(m, "buffer_starvation")) {
                    if (typeof m.buffer_starvation !== "boolean")
                        return "buffer_starvation: boolean expected";
                }
                if (m.measured_throughput_kbps != null && $Object.hasOwnProperty.call(m, "measured_throughput_kbps")) {
                    if (!$util.isInteger(m.measured_throughput_kbps))
                        return "measured_throughput_kbps: integer expected";
                }
                if (m.startup != null && $Object.hasOwnProperty.call(m, "startup")) {
                    if (typeof m.startup !== "boolean")
                        return "startup: boolean expected";
                }
                if (m.object_duration_ms != null && $Object.hasOwnProperty.call(m, "object_duration_ms")) {
                    if (!$util.isInteger(m.object_duration_ms))
                        return "object_duration_ms: integer expected";
                }
                if (m.deadline_ms != null && $Object.hasOwnProperty.call(m, "deadline_ms")) {
                    if (!$util.isInteger(m.deadline_ms))
                        return "deadline_ms: integer expected";
                }
                if (m.top_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "top_bitrate_kbps")) {
                    if (!$util.isInteger(m.top_bitrate_kbps))
                        return "top_bitrate_kbps: integer expected";
                }
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type")) {
                    if (!$util.isString(m.stream_type))
                        return "stream_type: string expected";
                }
                if (m.streaming_format != null && $Object.hasOwnProperty.call(m, "streaming_format")) {
                    if (!$util.isString(m.streaming_format))
                        return "streaming_format: string expected";
                }
                if (m.playback_rate != null && $Object.hasOwnProperty.call(m, "playback_rate")) {
                    if (typeof m.playback_rate !== "number")
                        return "playback_rate: number expected";
                }
                if (m.requested_max_throughput_kbps != null && $Object.hasOwnProperty.call(m, "requested_max_throughput_kbps")) {
                    if (!$util.isInteger(m.requested_max_throughput_kbps))
                        return "requested_max_throughput_kbps: integer expected";
                }
                if (m.next_object_request != null && $Object.hasOwnProperty.call(m, "next_object_request")) {
                    if (!$util.isString(m.next_object_request))
                        return "next_object_request: string expected";
                }
                if (m.next_range_request != null && $Object.hasOwnProperty.call(m, "next_range_request")) {
                    if (!$util.isString(m.next_range_request))
                        return "next_range_request: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version))
                        return "version: integer expected";
                }
                return null;
            };

            /**
             * Creates a Cmcd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.Cmcd} Cmcd
             */
            Cmcd.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.Cmcd)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.Cmcd: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.Cmcd();
                if (d.session_id != null) {
                    if (typeof d.session_id !== "string" || d.session_id.length) {
                        m.session_id = $String(d.session_id);
                    }
                }
                if (d.content_id != null) {
                    if (typeof d.content_id !== "string" || d.content_id.length) {
                        m.content_id = $String(d.content_id);
                    }
                }
                if (d.object_type != null) {
                    if (typeof d.object_type !== "string" || d.object_type.length) {
                        m.object_type = $String(d.object_type);
                    }
                }
                if (d.encoded_bitrate_kbps != null) {
                    if ($Number(d.encoded_bitrate_kbps) !== 0) {
                        m.encoded_bitrate_kbps = d.encoded_bitrate_kbps | 0;
                    }
                }
                if (d.buffer_length_ms != null) {
                    if ($Number(d.buffer_length_ms) !== 0) {
                        m.buffer_length_ms = d.buffer_length_ms | 0;
                    }
                }
                if (d.buffer_starvation != null) {
                    if (d.buffer_starvation) {
                        m.buffer_starvation = $Boolean(d.buffer_starvation);
                    }
                }
                if (d.measured_throughput_kbps != null) {
                    if ($Number(d.measured_throughput_kbps) !== 0) {
                        m.measured_throughput_kbps = d.measured_throughput_kbps | 0;
                    }
                }
                if (d.startup != null) {
                    if (d.startup) {
                        m.startup = $Boolean(d.startup);
                    }
                }
                if (d.object_duration_ms != null) {
                    if ($Number(d.object_duration_ms) !== 0) {
                        m.object_duration_ms = d.object_duration_ms | 0;
                    }
                }
                if (d.deadline_ms != null) {
                    if ($Number(d.deadline_ms) !== 0) {
                        m.deadline_ms = d.deadline_ms | 0;
                    }
                }
                if (d.top_bitrate_kbps != null) {
                    if ($Number(d.top_bitrate_kbps) !== 0) {
                        m.top_bitrate_kbps = d.top_bitrate_kbps | 0;
                    }
                }
                if (d.stream_type != null) {
                    if (typeof d.stream_type !== "string" || d.stream_type.length) {
                        m.stream_type = $String(d.stream_type);
                    }
                }
                if (d.streaming_format != null) {
                    if (typeof d.streaming_format !== "string" || d.streaming_format.length) {
                        m.streaming_format = $String(d.streaming_format);
                    }
                }
                if (d.playback_rate != null) {
                    if (!$Object.is($Number(d.playback_rate), 0)) {
                        m.playback_rate = $Number(d.playback_rate);
                    }
                }
                if (d.requested_max_throughput_kbps != null) {
                    if ($Number(d.requested_max_throughput_kbps) !== 0) {
                        m.requested_max_throughput_kbps = d.requested_max_throughput_kbps | 0;
                    }
                }
                if (d.next_object_request != null) {
                    if (typeof d.next_object_request !== "string" || d.next_object_request.length) {
                        m.next_object_request = $String(d.next_object_request);
                    }
                }
                if (d.next_range_request != null) {
                    if (typeof d.next_range_request !== "string" || d.next_range_request.length) {
                        m.next_range_request = $String(d.next_range_request);
                    }
                }
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Cmcd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {qoe.v1.Cmcd} m Cmcd
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cmcd.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.session_id = "";
                    d.content_id = "";
                    d.object_type = "";
                    d.encoded_bitrate_kbps = 0;
                    d.buffer_length_ms = 0;
                    d.buffer_starvation = false;
                    d.measured_throughput_kbps = 0;
                    d.startup = false;
                    d.object_duration_ms = 0;
                    d.deadline_ms = 0;
                    d.top_bitrate_kbps = 0;
                    d.stream_type = "";
                    d.streaming_format = "";
                    d.playback_rate = 0;
                    d.requested_max_throughput_kbps = 0;
                    d.next_object_request = "";
                    d.next_range_request = "";
                    d.version = 0;
                }
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id")) {
                    d.session_id = m.session_id;
                }
                if (m.content_id != null && $Object.hasOwnProperty.call(m, "content_id")) {
                    d.content_id = m.content_id;
                }
                if (m.object_type != null && $Object.hasOwnProperty.call(m, "object_type")) {
                    d.object_type = m.object_type;
                }
                if (m.encoded_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "encoded_bitrate_kbps")) {
                    d.encoded_bitrate_kbps = m.encoded_bitrate_kbps;
                }
                if (m.buffer_length_ms != null && $Object.hasOwnProperty.call(m, "buffer_length_ms")) {
                    d.buffer_length_ms = m.buffer_length_ms;
                }
                if (m.buffer_starvation != null && $Object.hasOwnProperty.call(m, "buffer_starvation")) {
                    d.buffer_starvation = m.buffer_starvation;
                }
                if (m.measured_throughput_kbps != null && $Object.hasOwnProperty.call(m, "measured_throughput_kbps")) {
                    d.measured_throughput_kbps = m.measured_throughput_kbps;
                }
                if (m.startup != null && $Object.hasOwnProperty.call(m, "startup")) {
                    d.startup = m.startup;
                }
                if (m.object_duration_ms != null && $Object.hasOwnProperty.call(m, "object_duration_ms")) {
                    d.object_duration_ms = m.object_duration_ms;
                }
                if (m.deadline_ms != null && $Object.hasOwnProperty.call(m, "deadline_ms")) {
                    d.deadline_ms = m.deadline_ms;
                }
                if (m.top_bitrate_kbps != null && $Object.hasOwnProperty.call(m, "top_bitrate_kbps")) {
                    d.top_bitrate_kbps = m.top_bitrate_kbps;
                }
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type")) {
                    d.stream_type = m.stream_type;
                }
                if (m.streaming_format != null && $Object.hasOwnProperty.call(m, "streaming_format")) {
                    d.streaming_format = m.streaming_format;
                }
                if (m.playback_rate != null && $Object.hasOwnProperty.call(m, "playback_rate")) {
                    d.playback_rate = o.json && !$isFinite(m.playback_rate) ? $String(m.playback_rate) : m.playback_rate;
                }
                if (m.requested_max_throughput_kbps != null && $Object.hasOwnProperty.call(m, "requested_max_throughput_kbps")) {
                    d.requested_max_throughput_kbps = m.requested_max_throughput_kbps;
                }
                if (m.next_object_request != null && $Object.hasOwnProperty.call(m, "next_object_request")) {
                    d.next_object_request = m.next_object_request;
                }
                if (m.next_range_request != null && $Object.hasOwnProperty.call(m, "next_range_request")) {
                    d.next_range_request = m.next_range_request;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                return d;
            };

            /**
             * Converts this Cmcd to JSON.
             * @function toJSON
             * @memberof qoe.v1.Cmcd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cmcd.prototype.toJSON = function() {
                return Cmcd.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Cmcd
             * @function getTypeUrl
             * @memberof qoe.v1.Cmcd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cmcd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.Cmcd";
            };

            return Cmcd;
        })();

        v1.CdnAccessRecord = (function() {

            /**
             * Properties of a CdnAccessRecord.
             * @typedef {Object} qoe.v1.CdnAccessRecord.$Properties
             * @property {string|null} [record_id] CdnAccessRecord record_id
             * @property {string|null} [source_format] CdnAccessRecord source_format
             * @property {string|null} [cdn] CdnAccessRecord cdn
             * @property {string|null} [pop] CdnAccessRecord pop
             * @property {number|null} [request_time_ms] CdnAccessRecord request_time_ms
             * @property {string|null} [client_ip] CdnAccessRecord client_ip
             * @property {number|null} [asn] CdnAccessRecord asn
             * @property {string|null} [country] CdnAccessRecord country
             * @property {string|null} [method] CdnAccessRecord method
             * @property {string|null} [scheme] CdnAccessRecord scheme
             * @property {string|null} [host] CdnAccessRecord host
             * @property {string|null} [path] CdnAccessRecord path
             * @property {string|null} [query] CdnAccessRecord query
             * @property {string|null} [protocol] CdnAccessRecord protocol
             * @property {string|null} [user_agent] CdnAccessRecord user_agent
             * @property {string|null} [referer] CdnAccessRecord referer
             * @property {string|null} [content_type] CdnAccessRecord content_type
             * @property {number|null} [status] CdnAccessRecord status
             * @property {number|null} [bytes_sent] CdnAccessRecord bytes_sent
             * @property {number|null} [ttfb_ms] CdnAccessRecord ttfb_ms
             * @property {number|null} [total_ms] CdnAccessRecord total_ms
             * @property {string|null} [cache_status] CdnAccessRecord cache_status
             * @property {boolean|null} [cache_hit] CdnAccessRecord cache_hit
             * @property {number|null} [client_rtt_ms] CdnAccessRecord client_rtt_ms
             * @property {qoe.v1.Cmcd.$Properties|null} [cmcd] CdnAccessRecord cmcd
             * @property {string|null} [environment_id] CdnAccessRecord environment_id
             * @property {string|null} [asset_id] CdnAccessRecord asset_id
             * @property {string|null} [rendition] CdnAccessRecord rendition
             * @property {number|null} [segment_duration_ms] CdnAccessRecord segment_duration_ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CdnAccessRecord.
             * @memberof qoe.v1
             * @interface ICdnAccessRecord
             * @augments qoe.v1.CdnAccessRecord.$Properties
             * @deprecated Use qoe.v1.CdnAccessRecord.$Properties instead.
             */

            /**
             * Shape of a CdnAccessRecord.
             * @typedef {qoe.v1.CdnAccessRecord.$Properties} qoe.v1.CdnAccessRecord.$Shape
             */

            /**
             * Constructs a new CdnAccessRecord.
             * @memberof qoe.v1
             * @classdesc Represents a CdnAccessRecord.
             * @constructor
             * @param {qoe.v1.CdnAccessRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CdnAccessRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CdnAccessRecord record_id.
             * @member {string} record_id
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.record_id = "";

            /**
             * CdnAccessRecord source_format.
             * @member {string} source_format
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.source_format = "";

            /**
             * CdnAccessRecord cdn.
             * @member {string} cdn
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.cdn = "";

            /**
             * CdnAccessRecord pop.
             * @member {string} pop
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.pop = "";

            /**
             * CdnAccessRecord request_time_ms.
             * @member {number} request_time_ms
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.request_time_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CdnAccessRecord client_ip.
             * @member {string} client_ip
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.client_ip = "";

            /**
             * CdnAccessRecord asn.
             * @member {number} asn
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.asn = 0;

            /**
             * CdnAccessRecord country.
             * @member {string} country
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.country = "";

            /**
             * CdnAccessRecord method.
             * @member {string} method
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.method = "";

            /**
             * CdnAccessRecord scheme.
             * @member {string} scheme
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.scheme = "";

            /**
             * CdnAccessRecord host.
             * @member {string} host
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.host = "";

            /**
             * CdnAccessRecord path.
             * @member {string} path
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.path = "";

            /**
             * CdnAccessRecord query.
             * @member {string} query
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.query = "";

            /**
             * CdnAccessRecord protocol.
             * @member {string} protocol
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.protocol = "";

            /**
             * CdnAccessRecord user_agent.
             * @member {string} user_agent
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.user_agent = "";

            /**
             * CdnAccessRecord referer.
             * @member {string} referer
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.referer = "";

            /**
             * CdnAccessRecord content_type.
             * @member {string} content_type
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.content_type = "";

            /**
             * CdnAccessRecord status.
             * @member {number} status
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.status = 0;

            /**
             * CdnAccessRecord bytes_sent.
             * @member {number} bytes_sent
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.bytes_sent = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CdnAccessRecord ttfb_ms.
             * @member {number} ttfb_ms
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.ttfb_ms = 0;

            /**
             * CdnAccessRecord total_ms.
             * @member {number} total_ms
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.total_ms = 0;

            /**
             * CdnAccessRecord cache_status.
             * @member {string} cache_status
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.cache_status = "";

            /**
             * CdnAccessRecord cache_hit.
             * @member {boolean} cache_hit
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.cache_hit = false;

            /**
             * CdnAccessRecord client_rtt_ms.
             * @member {number} client_rtt_ms
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.client_rtt_ms = 0;

            /**
             * CdnAccessRecord cmcd.
             * @member {qoe.v1.Cmcd.$Properties|null|undefined} cmcd
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.cmcd = null;

            /**
             * CdnAccessRecord environment_id.
             * @member {string} environment_id
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.environment_id = "";

            /**
             * CdnAccessRecord asset_id.
             * @member {string} asset_id
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.asset_id = "";

            /**
             * CdnAccessRecord rendition.
             * @member {string} rendition
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.rendition = "";

            /**
             * CdnAccessRecord segment_duration_ms.
             * @member {number} segment_duration_ms
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             */
            CdnAccessRecord.prototype.segment_duration_ms = 0;

            /**
             * Creates a new CdnAccessRecord instance using the specified properties.
             * @function create
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {qoe.v1.CdnAccessRecord.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.CdnAccessRecord} CdnAccessRecord instance
             * @type {{
             *   (properties: qoe.v1.CdnAccessRecord.$Shape): qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape;
             *   (properties?: qoe.v1.CdnAccessRecord.$Properties): qoe.v1.CdnAccessRecord;
             * }}
             */
            CdnAccessRecord.create = function(properties) {
                return new CdnAccessRecord(properties);
            };

            /**
             * Encodes the specified CdnAccessRecord message. Does not implicitly {@link qoe.v1.CdnAccessRecord.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {qoe.v1.CdnAccessRecord.$Properties} m CdnAccessRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CdnAccessRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.record_id != null && $Object.hasOwnProperty.call(m, "record_id") && m.record_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.record_id);
                if (m.source_format != null && $Object.hasOwnProperty.call(m, "source_format") && m.source_format !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.source_format);
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn") && m.cdn !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.cdn);
                if (m.pop != null && $Object.hasOwnProperty.call(m, "pop") && m.pop !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.pop);
                if (m.request_time_ms != null && $Object.hasOwnProperty.call(m, "request_time_ms") && (typeof m.request_time_ms === "object" ? m.request_time_ms.low || m.request_time_ms.high : m.request_time_ms !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.request_time_ms);
                if (m.client_ip != null && $Object.hasOwnProperty.call(m, "client_ip") && m.client_ip !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.client_ip);
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn") && m.asn !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.asn);
                if (m.country != null && $Object.hasOwnProperty.call(m, "country") && m.country !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.country);
                if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.method);
                if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme") && m.scheme !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.scheme);
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.host);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.path);
                if (m.query != null && $Object.hasOwnProperty.call(m, "query") && m.query !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.query);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(/* id 14, wireType 2 =*/114).string(m.protocol);
                if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent") && m.user_agent !== "")
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.user_agent);
                if (m.referer != null && $Object.hasOwnProperty.call(m, "referer") && m.referer !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.referer);
                if (m.content_type != null && $Object.hasOwnProperty.call(m, "content_type") && m.content_type !== "")
                    w.uint32(/* id 17, wireType 2 =*/138).string(m.content_type);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 18, wireType 0 =*/144).int32(m.status);
                if (m.bytes_sent != null && $Object.hasOwnProperty.call(m, "bytes_sent") && (typeof m.bytes_sent === "object" ? m.bytes_sent.low || m.bytes_sent.high : m.bytes_sent !== 0))
                    w.uint32(/* id 19, wireType 0 =*/152).int64(m.bytes_sent);
                if (m.ttfb_ms != null && $Object.hasOwnProperty.call(m, "ttfb_ms") && !$Object.is(m.ttfb_ms, 0))
                    w.uint32(/* id 20, wireType 1 =*/161).double(m.ttfb_ms);
                if (m.total_ms != null && $Object.hasOwnProperty.call(m, "total_ms") && !$Object.is(m.total_ms, 0))
                    w.uint32(/* id 21, wireType 1 =*/169).double(m.total_ms);
                if (m.cache_status != null && $Object.hasOwnProperty.call(m, "cache_status") && m.cache_status !== "")
                    w.uint32(/* id 22, wireType 2 =*/178).string(m.cache_status);
                if (m.cache_hit != null && $Object.hasOwnProperty.call(m, "cache_hit") && m.cache_hit !== false)
                    w.uint32(/* id 23, wireType 0 =*/184).bool(m.cache_hit);
                if (m.client_rtt_ms != null && $Object.hasOwnProperty.call(m, "client_rtt_ms") && !$Object.is(m.client_rtt_ms, 0))
                    w.uint32(/* id 24, wireType 1 =*/193).double(m.client_rtt_ms);
                if (m.cmcd != null && $Object.hasOwnProperty.call(m, "cmcd"))
                    $root.qoe.v1.Cmcd.encode(m.cmcd, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id") && m.environment_id !== "")
                    w.uint32(/* id 40, wireType 2 =*/322).string(m.environment_id);
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id") && m.asset_id !== "")
                    w.uint32(/* id 41, wireType 2 =*/330).string(m.asset_id);
                if (m.rendition != null && $Object.hasOwnProperty.call(m, "rendition") && m.rendition !== "")
                    w.uint32(/* id 42, wireType 2 =*/338).string(m.rendition);
                if (m.segment_duration_ms != null && $Object.hasOwnProperty.call(m, "segment_duration_ms") && m.segment_duration_ms !== 0)
                    w.uint32(/* id 43, wireType 0 =*/344).int32(m.segment_duration_ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CdnAccessRecord message, length delimited. Does not implicitly {@link qoe.v1.CdnAccessRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {qoe.v1.CdnAccessRecord.$Properties} message CdnAccessRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CdnAccessRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CdnAccessRecord message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape} CdnAccessRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CdnAccessRecord.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.CdnAccessRecord();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.record_id = v;
                            else
                                delete m.record_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source_format = v;
                            else
                                delete m.source_format;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cdn = v;
                            else
                                delete m.cdn;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pop = v;
                            else
                                delete m.pop;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.request_time_ms = v;
                            else
                                delete m.request_time_ms;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.client_ip = v;
                            else
                                delete m.client_ip;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.asn = v;
                            else
                                delete m.asn;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.country = v;
                            else
                                delete m.country;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.method = v;
                            else
                                delete m.method;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.scheme = v;
                            else
                                delete m.scheme;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.query = v;
                            else
                                delete m.query;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user_agent = v;
                            else
                                delete m.user_agent;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.referer = v;
                            else
                                delete m.referer;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.content_type = v;
                            else
                                delete m.content_type;
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytes_sent = v;
                            else
                                delete m.bytes_sent;
                            continue;
                        }
                    case 20: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.ttfb_ms = v;
                            else
                                delete m.ttfb_ms;
                            continue;
                        }
                    case 21: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.total_ms = v;
                            else
                                delete m.total_ms;
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cache_status = v;
                            else
                                delete m.cache_status;
                            continue;
                        }
                    case 23: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.cache_hit = v;
                            else
                                delete m.cache_hit;
                            continue;
                        }
                    case 24: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.client_rtt_ms = v;
                            else
                                delete m.client_rtt_ms;
                            continue;
                        }
                    case 25: {
                            if (u !== 2)
                                break;
                            m.cmcd = $root.qoe.v1.Cmcd.decode(r, r.size(), $undefined, q + 1, m.cmcd);
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.environment_id = v;
                            else
                                delete m.environment_id;
                            continue;
                        }
                    case 41: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.asset_id = v;
                            else
                                delete m.asset_id;
                            continue;
                        }
                    case 42: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rendition = v;
                            else
                                delete m.rendition;
                            continue;
                        }
                    case 43: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.segment_duration_ms = v;
                            else
                                delete m.segment_duration_ms;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CdnAccessRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.CdnAccessRecord & qoe.v1.CdnAccessRecord.$Shape} CdnAccessRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CdnAccessRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CdnAccessRecord message.
             * @function verify
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CdnAccessRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.record_id != null && $Object.hasOwnProperty.call(m, "record_id")) {
                    if (!$util.isString(m.record_id))
                        return "record_id: string expected";
                }
                if (m.source_format != null && $Object.hasOwnProperty.call(m, "source_format")) {
                    if (!$util.isString(m.source_format))
                        return "source_format: string expected";
                }
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn")) {
                    if (!$util.isString(m.cdn))
                        return "cdn: string expected";
                }
                if (m.pop != null && $Object.hasOwnProperty.call(m, "pop")) {
                    if (!$util.isString(m.pop))
                        return "pop: string expected";
                }
                if (m.request_time_ms != null && $Object.hasOwnProperty.call(m, "request_time_ms")) {
                    if (!$util.isInteger(m.request_time_ms) && !(m.request_time_ms && $util.isInteger(m.request_time_ms.low) && $util.isInteger(m.request_time_ms.high)))
                        return "request_time_ms: integer|Long expected";
                }
                if (m.client_ip != null && $Object.hasOwnProperty.call(m, "client_ip")) {
                    if (!$util.isString(m.client_ip))
                        return "client_ip: string expected";
                }
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn")) {
                    if (!$util.isInteger(m.asn))
                        return "asn: integer expected";
                }
                if (m.country != null && $Object.hasOwnProperty.call(m, "country")) {
                    if (!$util.isString(m.country))
                        return "country: string expected";
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    if (!$util.isString(m.method))
                        return "method: string expected";
                }
                if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme")) {
                    if (!$util.isString(m.scheme))
                        return "scheme: string expected";
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    if (!$util.isString(m.host))
                        return "host: string expected";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    if (!$util.isString(m.path))
                        return "path: string expected";
                }
                if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                    if (!$util.isString(m.query))
                        return "query: string expected";
                }
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    if (!$util.isString(m.protocol))
                        return "protocol: string expected";
                }
                if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent")) {
                    if (!$util.isString(m.user_agent))
                        return "user_agent: string expected";
                }
                if (m.referer != null && $Object.hasOwnProperty.call(m, "referer")) {
                    if (!$util.isString(m.referer))
                        return "referer: string expected";
                }
                if (m.content_type != null && $Object.hasOwnProperty.call(m, "content_type")) {
                    if (!$util.isString(m.content_type))
                        return "content_type: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isInteger(m.status))
                        return "status: integer expected";
                }
                if (m.bytes_sent != null && $Object.hasOwnProperty.call(m, "bytes_sent")) {
                    if (!$util.isInteger(m.bytes_sent) && !(m.bytes_sent && $util.isInteger(m.bytes_sent.low) && $util.isInteger(m.bytes_sent.high)))
                        return "bytes_sent: integer|Long expected";
                }
                if (m.ttfb_ms != null && $Object.hasOwnProperty.call(m, "ttfb_ms")) {
                    if (typeof m.ttfb_ms !== "number")
                        return "ttfb_ms: number expected";
                }
                if (m.total_ms != null && $Object.hasOwnProperty.call(m, "total_ms")) {
                    if (typeof m.total_ms !== "number")
                        return "total_ms: number expected";
                }
                if (m.cache_status != null && $Object.hasOwnProperty.call(m, "cache_status")) {
                    if (!$util.isString(m.cache_status))
                        return "cache_status: string expected";
                }
                if (m.cache_hit != null && $Object.hasOwnProperty.call(m, "cache_hit")) {
                    if (typeof m.cache_hit !== "boolean")
                        return "cache_hit: boolean expected";
                }
                if (m.client_rtt_ms != null && $Object.hasOwnProperty.call(m, "client_rtt_ms")) {
                    if (typeof m.client_rtt_ms !== "number")
                        return "client_rtt_ms: number expected";
                }
                if (m.cmcd != null && $Object.hasOwnProperty.call(m, "cmcd")) {
                    {
                        var e = $root.qoe.v1.Cmcd.verify(m.cmcd, q + 1);
                        if (e)
                            return "cmcd." + e;
                    }
                }
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id")) {
                    if (!$util.isString(m.environment_id))
                        return "environment_id: string expected";
                }
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id")) {
                    if (!$util.isString(m.asset_id))
                        return "asset_id: string expected";
                }
                if (m.rendition != null && $Object.hasOwnProperty.call(m, "rendition")) {
                    if (!$util.isString(m.rendition))
                        return "rendition: string expected";
                }
                if (m.segment_duration_ms != null && $Object.hasOwnProperty.call(m, "segment_duration_ms")) {
                    if (!$util.isInteger(m.segment_duration_ms))
                        return "segment_duration_ms: integer expected";
                }
                return null;
            };

            /**
             * Creates a CdnAccessRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.CdnAccessRecord} CdnAccessRecord
             */
            CdnAccessRecord.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.CdnAccessRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.CdnAccessRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.CdnAccessRecord();
                if (d.record_id != null) {
                    if (typeof d.record_id !== "string" || d.record_id.length) {
                        m.record_id = $String(d.record_id);
                    }
                }
                if (d.source_format != null) {
                    if (typeof d.source_format !== "string" || d.source_format.length) {
                        m.source_format = $String(d.source_format);
                    }
                }
                if (d.cdn != null) {
                    if (typeof d.cdn !== "string" || d.cdn.length) {
                        m.cdn = $String(d.cdn);
                    }
                }
                if (d.pop != null) {
                    if (typeof d.pop !== "string" || d.pop.length) {
                        m.pop = $String(d.pop);
                    }
                }
                if (d.request_time_ms != null) {
                    if (typeof d.request_time_ms === "object" ? d.request_time_ms.low || d.request_time_ms.high : $Number(d.request_time_ms) !== 0) {
                        if ($util.Long)
                            m.request_time_ms = $util.Long.fromValue(d.request_time_ms, false);
                        else if (typeof d.request_time_ms === "string")
                            m.request_time_ms = $parseInt(d.request_time_ms, 10);
                        else if (typeof d.request_time_ms === "number")
                            m.request_time_ms = d.request_time_ms;
                        else if (typeof d.request_time_ms === "object")
                            m.request_time_ms = new $util.LongBits(d.request_time_ms.low >>> 0, d.request_time_ms.high >>> 0).toNumber();
                    }
                }
                if (d.client_ip != null) {
                    if (typeof d.client_ip !== "string" || d.client_ip.length) {
                        m.client_ip = $String(d.client_ip);
                    }
                }
                if (d.asn != null) {
                    if ($Number(d.asn) !== 0) {
                        m.asn = d.asn | 0;
                    }
                }
                if (d.country != null) {
                    if (typeof d.country !== "string" || d.country.length) {
                        m.country = $String(d.country);
                    }
                }
                if (d.method != null) {
                    if (typeof d.method !== "string" || d.method.length) {
                        m.method = $String(d.method);
                    }
                }
                if (d.scheme != null) {
                    if (typeof d.scheme !== "string" || d.scheme.length) {
                        m.scheme = $String(d.scheme);
                    }
                }
                if (d.host != null) {
                    if (typeof d.host !== "string" || d.host.length) {
                        m.host = $String(d.host);
                    }
                }
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.query != null) {
                    if (typeof d.query !== "string" || d.query.length) {
                        m.query = $String(d.query);
                    }
                }
                if (d.protocol != null) {
                    if (typeof d.protocol !== "string" || d.protocol.length) {
                        m.protocol = $String(d.protocol);
                    }
                }
                if (d.user_agent != null) {
                    if (typeof d.user_agent !== "string" || d.user_agent.length) {
                        m.user_agent = $String(d.user_agent);
                    }
                }
                if (d.referer != null) {
                    if (typeof d.referer !== "string" || d.referer.length) {
                        m.referer = $String(d.referer);
                    }
                }
                if (d.content_type != null) {
                    if (typeof d.content_type !== "string" || d.content_type.length) {
                        m.content_type = $String(d.content_type);
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status | 0;
                    }
                }
                if (d.bytes_sent != null) {
                    if (typeof d.bytes_sent === "object" ? d.bytes_sent.low || d.bytes_sent.high : $Number(d.bytes_sent) !== 0) {
                        if ($util.Long)
                            m.bytes_sent = $util.Long.fromValue(d.bytes_sent, false);
                        else if (typeof d.bytes_sent === "string")
                            m.bytes_sent = $parseInt(d.bytes_sent, 10);
                        else if (typeof d.bytes_sent === "number")
                            m.bytes_sent = d.bytes_sent;
                        else if (typeof d.bytes_sent === "object")
                            m.bytes_sent = new $util.LongBits(d.bytes_sent.low >>> 0, d.bytes_sent.high >>> 0).toNumber();
                    }
                }
                if (d.ttfb_ms != null) {
                    if (!$Object.is($Number(d.ttfb_ms), 0)) {
                        m.ttfb_ms = $Number(d.ttfb_ms);
                    }
                }
                if (d.total_ms != null) {
                    if (!$Object.is($Number(d.total_ms), 0)) {
                        m.total_ms = $Number(d.total_ms);
                    }
                }
                if (d.cache_status != null) {
                    if (typeof d.cache_status !== "string" || d.cache_status.length) {
                        m.cache_status = $String(d.cache_status);
                    }
                }
                if (d.cache_hit != null) {
                    if (d.cache_hit) {
                        m.cache_hit = $Boolean(d.cache_hit);
                    }
                }
                if (d.client_rtt_ms != null) {
                    if (!$Object.is($Number(d.client_rtt_ms), 0)) {
                        m.client_rtt_ms = $Number(d.client_rtt_ms);
                    }
                }
                if (d.cmcd != null) {
                    if (!$util.isObject(d.cmcd))
                        throw $TypeError(".qoe.v1.CdnAccessRecord.cmcd: object expected");
                    m.cmcd = $root.qoe.v1.Cmcd.fromObject(d.cmcd, q + 1);
                }
                if (d.environment_id != null) {
                    if (typeof d.environment_id !== "string" || d.environment_id.length) {
                        m.environment_id = $String(d.environment_id);
                    }
                }
                if (d.asset_id != null) {
                    if (typeof d.asset_id !== "string" || d.asset_id.length) {
                        m.asset_id = $String(d.asset_id);
                    }
                }
                if (d.rendition != null) {
                    if (typeof d.rendition !== "string" || d.rendition.length) {
                        m.rendition = $String(d.rendition);
                    }
                }
                if (d.segment_duration_ms != null) {
                    if ($Number(d.segment_duration_ms) !== 0) {
                        m.segment_duration_ms = d.segment_duration_ms | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CdnAccessRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {qoe.v1.CdnAccessRecord} m CdnAccessRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CdnAccessRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.record_id = "";
                    d.source_format = "";
                    d.cdn = "";
                    d.pop = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.request_time_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.request_time_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.client_ip = "";
                    d.asn = 0;
                    d.country = "";
                    d.method = "";
                    d.scheme = "";
                    d.host = "";
                    d.path = "";
                    d.query = "";
                    d.protocol = "";
                    d.user_agent = "";
                    d.referer = "";
                    d.content_type = "";
                    d.status = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.bytes_sent = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytes_sent = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.ttfb_ms = 0;
                    d.total_ms = 0;
                    d.cache_status = "";
                    d.cache_hit = false;
                    d.client_rtt_ms = 0;
                    d.cmcd = null;
                    d.environment_id = "";
                    d.asset_id = "";
                    d.rendition = "";
                    d.segment_duration_ms = 0;
                }
                if (m.record_id != null && $Object.hasOwnProperty.call(m, "record_id")) {
                    d.record_id = m.record_id;
                }
                if (m.source_format != null && $Object.hasOwnProperty.call(m, "source_format")) {
                    d.source_format = m.source_format;
                }
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn")) {
                    d.cdn = m.cdn;
                }
                if (m.pop != null && $Object.hasOwnProperty.call(m, "pop")) {
                    d.pop = m.pop;
                }
                if (m.request_time_ms != null && $Object.hasOwnProperty.call(m, "request_time_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.request_time_ms = typeof m.request_time_ms === "number" ? $BigInt(m.request_time_ms) : $util.Long.fromBits(m.request_time_ms.low >>> 0, m.request_time_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.request_time_ms === "number")
                        d.request_time_ms = o.longs === $String ? $String(m.request_time_ms) : m.request_time_ms;
                    else
                        d.request_time_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.request_time_ms) : o.longs === $Number ? new $util.LongBits(m.request_time_ms.low >>> 0, m.request_time_ms.high >>> 0).toNumber() : m.request_time_ms;
                }
                if (m.client_ip != null && $Object.hasOwnProperty.call(m, "client_ip")) {
                    d.client_ip = m.client_ip;
                }
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn")) {
                    d.asn = m.asn;
                }
                if (m.country != null && $Object.hasOwnProperty.call(m, "country")) {
                    d.country = m.country;
                }
                if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                    d.method = m.method;
                }
                if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme")) {
                    d.scheme = m.scheme;
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                    d.query = m.query;
                }
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    d.protocol = m.protocol;
                }
                if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent")) {
                    d.user_agent = m.user_agent;
                }
                if (m.referer != null && $Object.hasOwnProperty.call(m, "referer")) {
                    d.referer = m.referer;
                }
                if (m.content_type != null && $Object.hasOwnProperty.call(m, "content_type")) {
                    d.content_type = m.content_type;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.bytes_sent != null && $Object.hasOwnProperty.call(m, "bytes_sent")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytes_sent = typeof m.bytes_sent === "number" ? $BigInt(m.bytes_sent) : $util.Long.fromBits(m.bytes_sent.low >>> 0, m.bytes_sent.high >>> 0, false).toBigInt();
                    else if (typeof m.bytes_sent === "number")
                        d.bytes_sent = o.longs === $String ? $String(m.bytes_sent) : m.bytes_sent;
                    else
                        d.bytes_sent = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes_sent) : o.longs === $Number ? new $util.LongBits(m.bytes_sent.low >>> 0, m.bytes_sent.high >>> 0).toNumber() : m.bytes_sent;
                }
                if (m.ttfb_ms != null && $Object.hasOwnProperty.call(m, "ttfb_ms")) {
                    d.ttfb_ms = o.json && !$isFinite(m.ttfb_ms) ? $String(m.ttfb_ms) : m.ttfb_ms;
                }
                if (m.total_ms != null && $Object.hasOwnProperty.call(m, "total_ms")) {
                    d.total_ms = o.json && !$isFinite(m.total_ms) ? $String(m.total_ms) : m.total_ms;
                }
                if (m.cache_status != null && $Object.hasOwnProperty.call(m, "cache_status")) {
                    d.cache_status = m.cache_status;
                }
                if (m.cache_hit != null && $Object.hasOwnProperty.call(m, "cache_hit")) {
                    d.cache_hit = m.cache_hit;
                }
                if (m.client_rtt_ms != null && $Object.hasOwnProperty.call(m, "client_rtt_ms")) {
                    d.client_rtt_ms = o.json && !$isFinite(m.client_rtt_ms) ? $String(m.client_rtt_ms) : m.client_rtt_ms;
                }
                if (m.cmcd != null && $Object.hasOwnProperty.call(m, "cmcd")) {
                    d.cmcd = $root.qoe.v1.Cmcd.toObject(m.cmcd, o, q + 1);
                }
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id")) {
                    d.environment_id = m.environment_id;
                }
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id")) {
                    d.asset_id = m.asset_id;
                }
                if (m.rendition != null && $Object.hasOwnProperty.call(m, "rendition")) {
                    d.rendition = m.rendition;
                }
                if (m.segment_duration_ms != null && $Object.hasOwnProperty.call(m, "segment_duration_ms")) {
                    d.segment_duration_ms = m.segment_duration_ms;
                }
                return d;
            };

            /**
             * Converts this CdnAccessRecord to JSON.
             * @function toJSON
             * @memberof qoe.v1.CdnAccessRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CdnAccessRecord.prototype.toJSON = function() {
                return CdnAccessRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CdnAccessRecord
             * @function getTypeUrl
             * @memberof qoe.v1.CdnAccessRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CdnAccessRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.CdnAccessRecord";
            };

            return CdnAccessRecord;
        })();

        v1.CdnLogBatch = (function() {

            /**
             * Properties of a CdnLogBatch.
             * @typedef {Object} qoe.v1.CdnLogBatch.$Properties
             * @property {string|null} [batch_id] CdnLogBatch batch_id
             * @property {string|null} [collector_id] CdnLogBatch collector_id
             * @property {number|null} [received_at_ms] CdnLogBatch received_at_ms
             * @property {Array.<qoe.v1.CdnAccessRecord.$Properties>|null} [records] CdnLogBatch records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CdnLogBatch.
             * @memberof qoe.v1
             * @interface ICdnLogBatch
             * @augments qoe.v1.CdnLogBatch.$Properties
             * @deprecated Use qoe.v1.CdnLogBatch.$Properties instead.
             */

            /**
             * Shape of a CdnLogBatch.
             * @typedef {qoe.v1.CdnLogBatch.$Properties} qoe.v1.CdnLogBatch.$Shape
             */

            /**
             * Constructs a new CdnLogBatch.
             * @memberof qoe.v1
             * @classdesc Represents a CdnLogBatch.
             * @constructor
             * @param {qoe.v1.CdnLogBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CdnLogBatch = function (p) {
                this.records = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CdnLogBatch batch_id.
             * @member {string} batch_id
             * @memberof qoe.v1.CdnLogBatch
             * @instance
             */
            CdnLogBatch.prototype.batch_id = "";

            /**
             * CdnLogBatch collector_id.
             * @member {string} collector_id
             * @memberof qoe.v1.CdnLogBatch
             * @instance
             */
            CdnLogBatch.prototype.collector_id = "";

            /**
             * CdnLogBatch received_at_ms.
             * @member {number} received_at_ms
             * @memberof qoe.v1.CdnLogBatch
             * @instance
             */
            CdnLogBatch.prototype.received_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CdnLogBatch records.
             * @member {Array.<qoe.v1.CdnAccessRecord.$Properties>} records
             * @memberof qoe.v1.CdnLogBatch
             * @instance
             */
            CdnLogBatch.prototype.records = $util.emptyArray;

            /**
             * Creates a new CdnLogBatch instance using the specified properties.
             * @function create
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {qoe.v1.CdnLogBatch.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.CdnLogBatch} CdnLogBatch instance
             * @type {{
             *   (properties: qoe.v1.CdnLogBatch.$Shape): qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape;
             *   (properties?: qoe.v1.CdnLogBatch.$Properties): qoe.v1.CdnLogBatch;
             * }}
             */
            CdnLogBatch.create = function(properties) {
                return new CdnLogBatch(properties);
            };

            /**
             * Encodes the specified CdnLogBatch message. Does not implicitly {@link qoe.v1.CdnLogBatch.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {qoe.v1.CdnLogBatch.$Properties} m CdnLogBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CdnLogBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batch_id != null && $Object.hasOwnProperty.call(m, "batch_id") && m.batch_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.batch_id);
                if (m.collector_id != null && $Object.hasOwnProperty.call(m, "collector_id") && m.collector_id !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.collector_id);
                if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms") && (typeof m.received_at_ms === "object" ? m.received_at_ms.low || m.received_at_ms.high : m.received_at_ms !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.received_at_ms);
                if (m.records != null && m.records.length) {
                    for (var i = 0; i < m.records.length; ++i)
                        $root.qoe.v1.CdnAccessRecord.encode(m.records[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CdnLogBatch message, length delimited. Does not implicitly {@link qoe.v1.CdnLogBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {qoe.v1.CdnLogBatch.$Properties} message CdnLogBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CdnLogBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CdnLogBatch message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape} CdnLogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CdnLogBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.CdnLogBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.batch_id = v;
                            else
                                delete m.batch_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.collector_id = v;
                            else
                                delete m.collector_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.received_at_ms = v;
                            else
                                delete m.received_at_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.records && m.records.length))
                                m.records = [];
                            m.records.push($root.qoe.v1.CdnAccessRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CdnLogBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.CdnLogBatch & qoe.v1.CdnLogBatch.$Shape} CdnLogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CdnLogBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CdnLogBatch message.
             * @function verify
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CdnLogBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.batch_id != null && $Object.hasOwnProperty.call(m, "batch_id")) {
                    if (!$util.isString(m.batch_id))
                        return "batch_id: string expected";
                }
                if (m.collector_id != null && $Object.hasOwnProperty.call(m, "collector_id")) {
                    if (!$util.isString(m.collector_id))
                        return "collector_id: string expected";
                }
                if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms")) {
                    if (!$util.isInteger(m.received_at_ms) && !(m.received_at_ms && $util.isInteger(m.received_at_ms.low) && $util.isInteger(m.received_at_ms.high)))
                        return "received_at_ms: integer|Long expected";
                }
                if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                    if (!$Array.isArray(m.records))
                        return "records: array expected";
                    for (var i = 0; i < m.records.length; ++i) {
                        {
                            var e = $root.qoe.v1.CdnAccessRecord.verify(m.records[i], q + 1);
                            if (e)
                                return "records." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a CdnLogBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.CdnLogBatch} CdnLogBatch
             */
            CdnLogBatch.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.CdnLogBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.CdnLogBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.CdnLogBatch();
                if (d.batch_id != null) {
                    if (typeof d.batch_id !== "string" || d.batch_id.length) {
                        m.batch_id = $String(d.batch_id);
                    }
                }
                if (d.collector_id != null) {
                    if (typeof d.collector_id !== "string" || d.collector_id.length) {
                        m.collector_id = $String(d.collector_id);
                    }
                }
                if (d.received_at_ms != null) {
                    if (typeof d.received_at_ms === "object" ? d.received_at_ms.low || d.received_at_ms.high : $Number(d.received_at_ms) !== 0) {
                        if ($util.Long)
                            m.received_at_ms = $util.Long.fromValue(d.received_at_ms, false);
                        else if (typeof d.received_at_ms === "string")
                            m.received_at_ms = $parseInt(d.received_at_ms, 10);
                        else if (typeof d.received_at_ms === "number")
                            m.received_at_ms = d.received_at_ms;
                        else if (typeof d.received_at_ms === "object")
                            m.received_at_ms = new $util.LongBits(d.received_at_ms.low >>> 0, d.received_at_ms.high >>> 0).toNumber();
                    }
                }
                if (d.records) {
                    if (!$Array.isArray(d.records))
                        throw $TypeError(".qoe.v1.CdnLogBatch.records: array expected");
                    m.records = $Array(d.records.length);
                    for (var i = 0; i < d.records.length; ++i) {
                        if (!$util.isObject(d.records[i]))
                            throw $TypeError(".qoe.v1.CdnLogBatch.records: object expected");
                        m.records[i] = $root.qoe.v1.CdnAccessRecord.fromObject(d.records[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CdnLogBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {qoe.v1.CdnLogBatch} m CdnLogBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CdnLogBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.records = [];
                }
                if (o.defaults) {
                    d.batch_id = "";
                    d.collector_id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.received_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.received_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.batch_id != null && $Object.hasOwnProperty.call(m, "batch_id")) {
                    d.batch_id = m.batch_id;
                }
                if (m.collector_id != null && $Object.hasOwnProperty.call(m, "collector_id")) {
                    d.collector_id = m.collector_id;
                }
                if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.received_at_ms = typeof m.received_at_ms === "number" ? $BigInt(m.received_at_ms) : $util.Long.fromBits(m.received_at_ms.low >>> 0, m.received_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.received_at_ms === "number")
                        d.received_at_ms = o.longs === $String ? $String(m.received_at_ms) : m.received_at_ms;
                    else
                        d.received_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.received_at_ms) : o.longs === $Number ? new $util.LongBits(m.received_at_ms.low >>> 0, m.received_at_ms.high >>> 0).toNumber() : m.received_at_ms;
                }
                if (m.records && m.records.length) {
                    d.records = $Array(m.records.length);
                    for (var j = 0; j < m.records.length; ++j) {
                        d.records[j] = $root.qoe.v1.CdnAccessRecord.toObject(m.records[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this CdnLogBatch to JSON.
             * @function toJSON
             * @memberof qoe.v1.CdnLogBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CdnLogBatch.prototype.toJSON = function() {
                return CdnLogBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CdnLogBatch
             * @function getTypeUrl
             * @memberof qoe.v1.CdnLogBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CdnLogBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.CdnLogBatch";
            };

            return CdnLogBatch;
        })();

        v1.ControlCommand = (function() {

            /**
             * Properties of a ControlCommand.
             * @typedef {Object} qoe.v1.ControlCommand.$Properties
             * @property {string|null} [command_id] ControlCommand command_id
             * @property {qoe.v1.ControlCommand.Action|null} [action] ControlCommand action
             * @property {number|null} [issued_at_ms] ControlCommand issued_at_ms
             * @property {string|null} [incident_id] ControlCommand incident_id
             * @property {string|null} [property_id] ControlCommand property_id
             * @property {string|null} [error_type] ControlCommand error_type
             * @property {number|null} [duration_ms] ControlCommand duration_ms
             * @property {string|null} [dump_path] ControlCommand dump_path
             * @property {string|null} [issued_by] ControlCommand issued_by
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlCommand.
             * @memberof qoe.v1
             * @interface IControlCommand
             * @augments qoe.v1.ControlCommand.$Properties
             * @deprecated Use qoe.v1.ControlCommand.$Properties instead.
             */

            /**
             * Shape of a ControlCommand.
             * @typedef {qoe.v1.ControlCommand.$Properties} qoe.v1.ControlCommand.$Shape
             */

            /**
             * Constructs a new ControlCommand.
             * @memberof qoe.v1
             * @classdesc Represents a ControlCommand.
             * @constructor
             * @param {qoe.v1.ControlCommand.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlCommand = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlCommand command_id.
             * @member {string} command_id
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.command_id = "";

            /**
             * ControlCommand action.
             * @member {qoe.v1.ControlCommand.Action} action
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.action = 0;

            /**
             * ControlCommand issued_at_ms.
             * @member {number} issued_at_ms
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.issued_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ControlCommand incident_id.
             * @member {string} incident_id
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.incident_id = "";

            /**
             * ControlCommand property_id.
             * @member {string} property_id
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.property_id = "";

            /**
             * ControlCommand error_type.
             * @member {string} error_type
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.error_type = "";

            /**
             * ControlCommand duration_ms.
             * @member {number} duration_ms
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.duration_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ControlCommand dump_path.
             * @member {string} dump_path
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.dump_path = "";

            /**
             * ControlCommand issued_by.
             * @member {string} issued_by
             * @memberof qoe.v1.ControlCommand
             * @instance
             */
            ControlCommand.prototype.issued_by = "";

            /**
             * Creates a new ControlCommand instance using the specified properties.
             * @function create
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {qoe.v1.ControlCommand.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.ControlCommand} ControlCommand instance
             * @type {{
             *   (properties: qoe.v1.ControlCommand.$Shape): qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape;
             *   (properties?: qoe.v1.ControlCommand.$Properties): qoe.v1.ControlCommand;
             * }}
             */
            ControlCommand.create = function(properties) {
                return new ControlCommand(properties);
            };

            /**
             * Encodes the specified ControlCommand message. Does not implicitly {@link qoe.v1.ControlCommand.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {qoe.v1.ControlCommand.$Properties} m ControlCommand message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlCommand.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id") && m.command_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.command_id);
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.action);
                if (m.issued_at_ms != null && $Object.hasOwnProperty.call(m, "issued_at_ms") && (typeof m.issued_at_ms === "object" ? m.issued_at_ms.low || m.issued_at_ms.high : m.issued_at_ms !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.issued_at_ms);
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id") && m.incident_id !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.incident_id);
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id") && m.property_id !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.property_id);
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type") && m.error_type !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.error_type);
                if (m.duration_ms != null && $Object.hasOwnProperty.call(m, "duration_ms") && (typeof m.duration_ms === "object" ? m.duration_ms.low || m.duration_ms.high : m.duration_ms !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.duration_ms);
                if (m.dump_path != null && $Object.hasOwnProperty.call(m, "dump_path") && m.dump_path !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.dump_path);
                if (m.issued_by != null && $Object.hasOwnProperty.call(m, "issued_by") && m.issued_by !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.issued_by);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ControlCommand message, length delimited. Does not implicitly {@link qoe.v1.ControlCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {qoe.v1.ControlCommand.$Properties} message ControlCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlCommand message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape} ControlCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlCommand.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.ControlCommand();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.command_id = v;
                            else
                                delete m.command_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issued_at_ms = v;
                            else
                                delete m.issued_at_ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incident_id = v;
                            else
                                delete m.incident_id;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.property_id = v;
                            else
                                delete m.property_id;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error_type = v;
                            else
                                delete m.error_type;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.duration_ms = v;
                            else
                                delete m.duration_ms;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dump_path = v;
                            else
                                delete m.dump_path;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.issued_by = v;
                            else
                                delete m.issued_by;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ControlCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.ControlCommand & qoe.v1.ControlCommand.$Shape} ControlCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlCommand message.
             * @function verify
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlCommand.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id")) {
                    if (!$util.isString(m.command_id))
                        return "command_id: string expected";
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    if (typeof m.action !== "number" || (m.action | 0) !== m.action)
                        return "action: enum value expected";
                }
                if (m.issued_at_ms != null && $Object.hasOwnProperty.call(m, "issued_at_ms")) {
                    if (!$util.isInteger(m.issued_at_ms) && !(m.issued_at_ms && $util.isInteger(m.issued_at_ms.low) && $util.isInteger(m.issued_at_ms.high)))
                        return "issued_at_ms: integer|Long expected";
                }
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id")) {
                    if (!$util.isString(m.incident_id))
                        return "incident_id: string expected";
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    if (!$util.isString(m.property_id))
                        return "property_id: string expected";
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    if (!$util.isString(m.error_type))
                        return "error_type: string expected";
                }
                if (m.duration_ms != null && $Object.hasOwnProperty.call(m, "duration_ms")) {
                    if (!$util.isInteger(m.duration_ms) && !(m.duration_ms && $util.isInteger(m.duration_ms.low) && $util.isInteger(m.duration_ms.high)))
                        return "duration_ms: integer|Long expected";
                }
                if (m.dump_path != null && $Object.hasOwnProperty.call(m, "dump_path")) {
                    if (!$util.isString(m.dump_path))
                        return "dump_path: string expected";
                }
                if (m.issued_by != null && $Object.hasOwnProperty.call(m, "issued_by")) {
                    if (!$util.isString(m.issued_by))
                        return "issued_by: string expected";
                }
                return null;
            };

            /**
             * Creates a ControlCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.ControlCommand} ControlCommand
             */
            ControlCommand.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.ControlCommand)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.ControlCommand: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.ControlCommand();
                if (d.command_id != null) {
                    if (typeof d.command_id !== "string" || d.command_id.length) {
                        m.command_id = $String(d.command_id);
                    }
                }
                if (d.action !== 0 && (typeof d.action !== "string" || $root.qoe.v1.ControlCommand.Action[d.action] !== 0)) {
                    switch (d.action) {
                    case "ACTION_UNSPECIFIED":
                    case 0:
                        m.action = 0;
                        break;
                    case "DUMP_BASELINES":
                    case 1:
                        m.action = 1;
                        break;
                    case "DUMP_INCIDENTS":
                    case 2:
                        m.action = 2;
                        break;
                    case "CLOSE_INCIDENT":
                    case 3:
                        m.action = 3;
                        break;
                    case "MUTE_INCIDENT":
                    case 4:
                        m.action = 4;
                        break;
                    case "MUTE_PROPERTY":
                    case 5:
                        m.action = 5;
                        break;
                    case "UNMUTE_PROPERTY":
                    case 6:
                        m.action = 6;
                        break;
                    case "RESET_BASELINE":
                    case 7:
                        m.action = 7;
                        break;
                    case "UNMUTE_INCIDENT":
                    case 8:
                        m.action = 8;
                        break;
                    default:
                        if (typeof d.action === "number" && (d.action | 0) === d.action)
                            m.action = d.action;
                    }
                }
                if (d.issued_at_ms != null) {
                    if (typeof d.issued_at_ms === "object" ? d.issued_at_ms.low || d.issued_at_ms.high : $Number(d.issued_at_ms) !== 0) {
                        if ($util.Long)
                            m.issued_at_ms = $util.Long.fromValue(d.issued_at_ms, false);
                        else if (typeof d.issued_at_ms === "string")
                            m.issued_at_ms = $parseInt(d.issued_at_ms, 10);
                        else if (typeof d.issued_at_ms === "number")
                            m.issued_at_ms = d.issued_at_ms;
                        else if (typeof d.issued_at_ms === "object")
                            m.issued_at_ms = new $util.LongBits(d.issued_at_ms.low >>> 0, d.issued_at_ms.high >>> 0).toNumber();
                    }
                }
                if (d.incident_id != null) {
                    if (typeof d.incident_id !== "string" || d.incident_id.length) {
                        m.incident_id = $String(d.incident_id);
                    }
                }
                if (d.property_id != null) {
                    if (typeof d.property_id !== "string" || d.property_id.length) {
                        m.property_id = $String(d.property_id);
                    }
                }
                if (d.error_type != null) {
                    if (typeof d.error_type !== "string" || d.error_type.length) {
                        m.error_type = $String(d.error_type);
                    }
                }
                if (d.duration_ms != null) {
                    if (typeof d.duration_ms === "object" ? d.duration_ms.low || d.duration_ms.high : $Number(d.duration_ms) !== 0) {
                        if ($util.Long)
                            m.duration_ms = $util.Long.fromValue(d.duration_ms, false);
                        else if (typeof d.duration_ms === "string")
                            m.duration_ms = $parseInt(d.duration_ms, 10);
                        else if (typeof d.duration_ms === "number")
                            m.duration_ms = d.duration_ms;
                        else if (typeof d.duration_ms === "object")
                            m.duration_ms = new $util.LongBits(d.duration_ms.low >>> 0, d.duration_ms.high >>> 0).toNumber();
                    }
                }
                if (d.dump_path != null) {
                    if (typeof d.dump_path !== "string" || d.dump_path.length) {
                        m.dump_path = $String(d.dump_path);
                    }
                }
                if (d.issued_by != null) {
                    if (typeof d.issued_by !== "string" || d.issued_by.length) {
                        m.issued_by = $String(d.issued_by);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {qoe.v1.ControlCommand} m ControlCommand
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlCommand.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.command_id = "";
                    d.action = o.enums === $String ? "ACTION_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issued_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issued_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.incident_id = "";
                    d.property_id = "";
                    d.error_type = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.duration_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.duration_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.dump_path = "";
                    d.issued_by = "";
                }
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id")) {
                    d.command_id = m.command_id;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = o.enums === $String ? $root.qoe.v1.ControlCommand.Action[m.action] === $undefined ? m.action : $root.qoe.v1.ControlCommand.Action[m.action] : m.action;
                }
                if (m.issued_at_ms != null && $Object.hasOwnProperty.call(m, "issued_at_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issued_at_ms = typeof m.issued_at_ms === "number" ? $BigInt(m.issued_at_ms) : $util.Long.fromBits(m.issued_at_ms.low >>> 0, m.issued_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.issued_at_ms === "number")
                        d.issued_at_ms = o.longs === $String ? $String(m.issued_at_ms) : m.issued_at_ms;
                    else
                        d.issued_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.issued_at_ms) : o.longs === $Number ? new $util.LongBits(m.issued_at_ms.low >>> 0, m.issued_at_ms.high >>> 0).toNumber() : m.issued_at_ms;
                }
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id")) {
                    d.incident_id = m.incident_id;
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    d.property_id = m.property_id;
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    d.error_type = m.error_type;
                }
                if (m.duration_ms != null && $Object.hasOwnProperty.call(m, "duration_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.duration_ms = typeof m.duration_ms === "number" ? $BigInt(m.duration_ms) : $util.Long.fromBits(m.duration_ms.low >>> 0, m.duration_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.duration_ms === "number")
                        d.duration_ms = o.longs === $String ? $String(m.duration_ms) : m.duration_ms;
                    else
                        d.duration_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.duration_ms) : o.longs === $Number ? new $util.LongBits(m.duration_ms.low >>> 0, m.duration_ms.high >>> 0).toNumber() : m.duration_ms;
                }
                if (m.dump_path != null && $Object.hasOwnProperty.call(m, "dump_path")) {
                    d.dump_path = m.dump_path;
                }
                if (m.issued_by != null && $Object.hasOwnProperty.call(m, "issued_by")) {
                    d.issued_by = m.issued_by;
                }
                return d;
            };

            /**
             * Converts this ControlCommand to JSON.
             * @function toJSON
             * @memberof qoe.v1.ControlCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlCommand.prototype.toJSON = function() {
                return ControlCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlCommand
             * @function getTypeUrl
             * @memberof qoe.v1.ControlCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.ControlCommand";
            };

            /**
             * Action enum.
             * @name qoe.v1.ControlCommand.Action
             * @enum {number}
             * @property {number} ACTION_UNSPECIFIED=0 ACTION_UNSPECIFIED value
             * @property {number} DUMP_BASELINES=1 DUMP_BASELINES value
             * @property {number} DUMP_INCIDENTS=2 DUMP_INCIDENTS value
             * @property {number} CLOSE_INCIDENT=3 CLOSE_INCIDENT value
             * @property {number} MUTE_INCIDENT=4 MUTE_INCIDENT value
             * @property {number} MUTE_PROPERTY=5 MUTE_PROPERTY value
             * @property {number} UNMUTE_PROPERTY=6 UNMUTE_PROPERTY value
             * @property {number} RESET_BASELINE=7 RESET_BASELINE value
             * @property {number} UNMUTE_INCIDENT=8 UNMUTE_INCIDENT value
             */
            ControlCommand.Action = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DUMP_BASELINES"] = 1;
                values[valuesById[2] = "DUMP_INCIDENTS"] = 2;
                values[valuesById[3] = "CLOSE_INCIDENT"] = 3;
                values[valuesById[4] = "MUTE_INCIDENT"] = 4;
                values[valuesById[5] = "MUTE_PROPERTY"] = 5;
                values[valuesById[6] = "UNMUTE_PROPERTY"] = 6;
                values[valuesById[7] = "RESET_BASELINE"] = 7;
                values[valuesById[8] = "UNMUTE_INCIDENT"] = 8;
                return values;
            })();

            return ControlCommand;
        })();

        v1.ControlReply = (function() {

            /**
             * Properties of a ControlReply.
             * @typedef {Object} qoe.v1.ControlReply.$Properties
             * @property {string|null} [command_id] ControlReply command_id
             * @property {string|null} [instance_id] ControlReply instance_id
             * @property {boolean|null} [ok] ControlReply ok
             * @property {string|null} [error] ControlReply error
             * @property {string|null} [body_json] ControlReply body_json
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlReply.
             * @memberof qoe.v1
             * @interface IControlReply
             * @augments qoe.v1.ControlReply.$Properties
             * @deprecated Use qoe.v1.ControlReply.$Properties instead.
             */

            /**
             * Shape of a ControlReply.
             * @typedef {qoe.v1.ControlReply.$Properties} qoe.v1.ControlReply.$Shape
             */

            /**
             * Constructs a new ControlReply.
             * @memberof qoe.v1
             * @classdesc Represents a ControlReply.
             * @constructor
             * @param {qoe.v1.ControlReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlReply command_id.
             * @member {string} command_id
             * @memberof qoe.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.command_id = "";

            /**
             * ControlReply instance_id.
             * @member {string} instance_id
             * @memberof qoe.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.instance_id = "";

            /**
             * ControlReply ok.
             * @member {boolean} ok
             * @memberof qoe.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.ok = false;

            /**
             * ControlReply error.
             * @member {string} error
             * @memberof qoe.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.error = "";

            /**
             * ControlReply body_json.
             * @member {string} body_json
             * @memberof qoe.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.body_json = "";

            /**
             * Creates a new ControlReply instance using the specified properties.
             * @function create
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {qoe.v1.ControlReply.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.ControlReply} ControlReply instance
             * @type {{
             *   (properties: qoe.v1.ControlReply.$Shape): qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape;
             *   (properties?: qoe.v1.ControlReply.$Properties): qoe.v1.ControlReply;
             * }}
             */
            ControlReply.create = function(properties) {
                return new ControlReply(properties);
            };

            /**
             * Encodes the specified ControlReply message. Does not implicitly {@link qoe.v1.ControlReply.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {qoe.v1.ControlReply.$Properties} m ControlReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id") && m.command_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.command_id);
                if (m.instance_id != null && $Object.hasOwnProperty.call(m, "instance_id") && m.instance_id !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.instance_id);
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.ok);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.error);
                if (m.body_json != null && $Object.hasOwnProperty.call(m, "body_json") && m.body_json !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.body_json);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ControlReply message, length delimited. Does not implicitly {@link qoe.v1.ControlReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {qoe.v1.ControlReply.$Properties} message ControlReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlReply message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.ControlReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.command_id = v;
                            else
                                delete m.command_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.instance_id = v;
                            else
                                delete m.instance_id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.body_json = v;
                            else
                                delete m.body_json;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ControlReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.ControlReply & qoe.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlReply message.
             * @function verify
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id")) {
                    if (!$util.isString(m.command_id))
                        return "command_id: string expected";
                }
                if (m.instance_id != null && $Object.hasOwnProperty.call(m, "instance_id")) {
                    if (!$util.isString(m.instance_id))
                        return "instance_id: string expected";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                if (m.body_json != null && $Object.hasOwnProperty.call(m, "body_json")) {
                    if (!$util.isString(m.body_json))
                        return "body_json: string expected";
                }
                return null;
            };

            /**
             * Creates a ControlReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.ControlReply} ControlReply
             */
            ControlReply.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.ControlReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.ControlReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.ControlReply();
                if (d.command_id != null) {
                    if (typeof d.command_id !== "string" || d.command_id.length) {
                        m.command_id = $String(d.command_id);
                    }
                }
                if (d.instance_id != null) {
                    if (typeof d.instance_id !== "string" || d.instance_id.length) {
                        m.instance_id = $String(d.instance_id);
                    }
                }
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                if (d.body_json != null) {
                    if (typeof d.body_json !== "string" || d.body_json.length) {
                        m.body_json = $String(d.body_json);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {qoe.v1.ControlReply} m ControlReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.command_id = "";
                    d.instance_id = "";
                    d.ok = false;
                    d.error = "";
                    d.body_json = "";
                }
                if (m.command_id != null && $Object.hasOwnProperty.call(m, "command_id")) {
                    d.command_id = m.command_id;
                }
                if (m.instance_id != null && $Object.hasOwnProperty.call(m, "instance_id")) {
                    d.instance_id = m.instance_id;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                if (m.body_json != null && $Object.hasOwnProperty.call(m, "body_json")) {
                    d.body_json = m.body_json;
                }
                return d;
            };

            /**
             * Converts this ControlReply to JSON.
             * @function toJSON
             * @memberof qoe.v1.ControlReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlReply.prototype.toJSON = function() {
                return ControlReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlReply
             * @function getTypeUrl
             * @memberof qoe.v1.ControlReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.ControlReply";
            };

            return ControlReply;
        })();

        v1.IncidentBreakdown = (function() {

            /**
             * Properties of an IncidentBreakdown.
             * @typedef {Object} qoe.v1.IncidentBreakdown.$Properties
             * @property {string|null} [dimension] IncidentBreakdown dimension
             * @property {string|null} [value] IncidentBreakdown value
             * @property {number|null} [share_pct] IncidentBreakdown share_pct
             * @property {number|null} [normal_share_pct] IncidentBreakdown normal_share_pct
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncidentBreakdown.
             * @memberof qoe.v1
             * @interface IIncidentBreakdown
             * @augments qoe.v1.IncidentBreakdown.$Properties
             * @deprecated Use qoe.v1.IncidentBreakdown.$Properties instead.
             */

            /**
             * Shape of an IncidentBreakdown.
             * @typedef {qoe.v1.IncidentBreakdown.$Properties} qoe.v1.IncidentBreakdown.$Shape
             */

            /**
             * Constructs a new IncidentBreakdown.
             * @memberof qoe.v1
             * @classdesc Represents an IncidentBreakdown.
             * @constructor
             * @param {qoe.v1.IncidentBreakdown.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IncidentBreakdown = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * IncidentBreakdown dimension.
             * @member {string} dimension
             * @memberof qoe.v1.IncidentBreakdown
             * @instance
             */
            IncidentBreakdown.prototype.dimension = "";

            /**
             * IncidentBreakdown value.
             * @member {string} value
             * @memberof qoe.v1.IncidentBreakdown
             * @instance
             */
            IncidentBreakdown.prototype.value = "";

            /**
             * IncidentBreakdown share_pct.
             * @member {number} share_pct
             * @memberof qoe.v1.IncidentBreakdown
             * @instance
             */
            IncidentBreakdown.prototype.share_pct = 0;

            /**
             * IncidentBreakdown normal_share_pct.
             * @member {number} normal_share_pct
             * @memberof qoe.v1.IncidentBreakdown
             * @instance
             */
            IncidentBreakdown.prototype.normal_share_pct = 0;

            /**
             * Creates a new IncidentBreakdown instance using the specified properties.
             * @function create
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {qoe.v1.IncidentBreakdown.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.IncidentBreakdown} IncidentBreakdown instance
             * @type {{
             *   (properties: qoe.v1.IncidentBreakdown.$Shape): qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape;
             *   (properties?: qoe.v1.IncidentBreakdown.$Properties): qoe.v1.IncidentBreakdown;
             * }}
             */
            IncidentBreakdown.create = function(properties) {
                return new IncidentBreakdown(properties);
            };

            /**
             * Encodes the specified IncidentBreakdown message. Does not implicitly {@link qoe.v1.IncidentBreakdown.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {qoe.v1.IncidentBreakdown.$Properties} m IncidentBreakdown message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentBreakdown.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dimension != null && $Object.hasOwnProperty.call(m, "dimension") && m.dimension !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.dimension);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.share_pct != null && $Object.hasOwnProperty.call(m, "share_pct") && !$Object.is(m.share_pct, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.share_pct);
                if (m.normal_share_pct != null && $Object.hasOwnProperty.call(m, "normal_share_pct") && !$Object.is(m.normal_share_pct, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.normal_share_pct);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified IncidentBreakdown message, length delimited. Does not implicitly {@link qoe.v1.IncidentBreakdown.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {qoe.v1.IncidentBreakdown.$Properties} message IncidentBreakdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncidentBreakdown.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IncidentBreakdown message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape} IncidentBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentBreakdown.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.IncidentBreakdown();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dimension = v;
                            else
                                delete m.dimension;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.share_pct = v;
                            else
                                delete m.share_pct;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.normal_share_pct = v;
                            else
                                delete m.normal_share_pct;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an IncidentBreakdown message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.IncidentBreakdown & qoe.v1.IncidentBreakdown.$Shape} IncidentBreakdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncidentBreakdown.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IncidentBreakdown message.
             * @function verify
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IncidentBreakdown.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.dimension != null && $Object.hasOwnProperty.call(m, "dimension")) {
                    if (!$util.isString(m.dimension))
                        return "dimension: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!$util.isString(m.value))
                        return "value: string expected";
                }
                if (m.share_pct != null && $Object.hasOwnProperty.call(m, "share_pct")) {
                    if (typeof m.share_pct !== "number")
                        return "share_pct: number expected";
                }
                if (m.normal_share_pct != null && $Object.hasOwnProperty.call(m, "normal_share_pct")) {
                    if (typeof m.normal_share_pct !== "number")
                        return "normal_share_pct: number expected";
                }
                return null;
            };

            /**
             * Creates an IncidentBreakdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.IncidentBreakdown} IncidentBreakdown
             */
            IncidentBreakdown.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.IncidentBreakdown)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.IncidentBreakdown: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.IncidentBreakdown();
                if (d.dimension != null) {
                    if (typeof d.dimension !== "string" || d.dimension.length) {
                        m.dimension = $String(d.dimension);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value !== "string" || d.value.length) {
                        m.value = $String(d.value);
                    }
                }
                if (d.share_pct != null) {
                    if (!$Object.is($Number(d.share_pct), 0)) {
                        m.share_pct = $Number(d.share_pct);
                    }
                }
                if (d.normal_share_pct != null) {
                    if (!$Object.is($Number(d.normal_share_pct), 0)) {
                        m.normal_share_pct = $Number(d.normal_share_pct);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an IncidentBreakdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {qoe.v1.IncidentBreakdown} m IncidentBreakdown
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IncidentBreakdown.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.dimension = "";
                    d.value = "";
                    d.share_pct = 0;
                    d.normal_share_pct = 0;
                }
                if (m.dimension != null && $Object.hasOwnProperty.call(m, "dimension")) {
                    d.dimension = m.dimension;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = m.value;
                }
                if (m.share_pct != null && $Object.hasOwnProperty.call(m, "share_pct")) {
                    d.share_pct = o.json && !$isFinite(m.share_pct) ? $String(m.share_pct) : m.share_pct;
                }
                if (m.normal_share_pct != null && $Object.hasOwnProperty.call(m, "normal_share_pct")) {
                    d.normal_share_pct = o.json && !$isFinite(m.normal_share_pct) ? $String(m.normal_share_pct) : m.normal_share_pct;
                }
                return d;
            };

            /**
             * Converts this IncidentBreakdown to JSON.
             * @function toJSON
             * @memberof qoe.v1.IncidentBreakdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IncidentBreakdown.prototype.toJSON = function() {
                return IncidentBreakdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IncidentBreakdown
             * @function getTypeUrl
             * @memberof qoe.v1.IncidentBreakdown
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IncidentBreakdown.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.IncidentBreakdown";
            };

            return IncidentBreakdown;
        })();

        v1.Incident = (function() {

            /**
             * Properties of an Incident.
             * @typedef {Object} qoe.v1.Incident.$Properties
             * @property {string|null} [incident_id] Incident incident_id
             * @property {qoe.v1.Incident.Status|null} [status] Incident status
             * @property {string|null} [scope] Incident scope
             * @property {string|null} [property_id] Incident property_id
             * @property {string|null} [video_id] Incident video_id
             * @property {string|null} [video_title] Incident video_title
             * @property {string|null} [error_type] Incident error_type
             * @property {string|null} [severity] Incident severity
             * @property {number|null} [opened_at_ms] Incident opened_at_ms
             * @property {number|null} [closed_at_ms] Incident closed_at_ms
             * @property {number|null} [updated_at_ms] Incident updated_at_ms
             * @property {number|null} [error_rate_pct] Incident error_rate_pct
             * @property {number|null} [baseline_pct] Incident baseline_pct
             * @property {number|null} [views] Incident views
             * @property {number|null} [errors] Incident errors
             * @property {number|null} [views_impacted] Incident views_impacted
             * @property {number|null} [views_impacted_per_hour] Incident views_impacted_per_hour
             * @property {string|null} [message] Incident message
             * @property {Array.<qoe.v1.IncidentBreakdown.$Properties>|null} [breakdowns] Incident breakdowns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Incident.
             * @memberof qoe.v1
             * @interface IIncident
             * @augments qoe.v1.Incident.$Properties
             * @deprecated Use qoe.v1.Incident.$Properties instead.
             */

            /**
             * Shape of an Incident.
             * @typedef {qoe.v1.Incident.$Properties} qoe.v1.Incident.$Shape
             */

            /**
             * Constructs a new Incident.
             * @memberof qoe.v1
             * @classdesc Represents an Incident.
             * @constructor
             * @param {qoe.v1.Incident.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Incident = function (p) {
                this.breakdowns = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Incident incident_id.
             * @member {string} incident_id
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.incident_id = "";

            /**
             * Incident status.
             * @member {qoe.v1.Incident.Status} status
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.status = 0;

            /**
             * Incident scope.
             * @member {string} scope
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.scope = "";

            /**
             * Incident property_id.
             * @member {string} property_id
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.property_id = "";

            /**
             * Incident video_id.
             * @member {string} video_id
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.video_id = "";

            /**
             * Incident video_title.
             * @member {string} video_title
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.video_title = "";

            /**
             * Incident error_type.
             * @member {string} error_type
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.error_type = "";

            /**
             * Incident severity.
             * @member {string} severity
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.severity = "";

            /**
             * Incident opened_at_ms.
             * @member {number} opened_at_ms
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.opened_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident closed_at_ms.
             * @member {number} closed_at_ms
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.closed_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident updated_at_ms.
             * @member {number} updated_at_ms
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.updated_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident error_rate_pct.
             * @member {number} error_rate_pct
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.error_rate_pct = 0;

            /**
             * Incident baseline_pct.
             * @member {number} baseline_pct
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.baseline_pct = 0;

            /**
             * Incident views.
             * @member {number} views
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.views = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident errors.
             * @member {number} errors
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident views_impacted.
             * @member {number} views_impacted
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.views_impacted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Incident views_impacted_per_hour.
             * @member {number} views_impacted_per_hour
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.views_impacted_per_hour = 0;

            /**
             * Incident message.
             * @member {string} message
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.message = "";

            /**
             * Incident breakdowns.
             * @member {Array.<qoe.v1.IncidentBreakdown.$Properties>} breakdowns
             * @memberof qoe.v1.Incident
             * @instance
             */
            Incident.prototype.breakdowns = $util.emptyArray;

            /**
             * Creates a new Incident instance using the specified properties.
             * @function create
             * @memberof qoe.v1.Incident
             * @static
             * @param {qoe.v1.Incident.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.Incident} Incident instance
             * @type {{
             *   (properties: qoe.v1.Incident.$Shape): qoe.v1.Incident & qoe.v1.Incident.$Shape;
             *   (properties?: qoe.v1.Incident.$Properties): qoe.v1.Incident;
             * }}
             */
            Incident.create = function(properties) {
                return new Incident(properties);
            };

            /**
             * Encodes the specified Incident message. Does not implicitly {@link qoe.v1.Incident.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.Incident
             * @static
             * @param {qoe.v1.Incident.$Properties} m Incident message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Incident.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id") && m.incident_id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.incident_id);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope") && m.scope !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.scope);
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id") && m.property_id !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.property_id);
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id") && m.video_id !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.video_id);
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title") && m.video_title !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.video_title);
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type") && m.error_type !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.error_type);
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.severity);
                if (m.opened_at_ms != null && $Object.hasOwnProperty.call(m, "opened_at_ms") && (typeof m.opened_at_ms === "object" ? m.opened_at_ms.low || m.opened_at_ms.high : m.opened_at_ms !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.opened_at_ms);
                if (m.closed_at_ms != null && $Object.hasOwnProperty.call(m, "closed_at_ms") && (typeof m.closed_at_ms === "object" ? m.closed_at_ms.low || m.closed_at_ms.high : m.closed_at_ms !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.closed_at_ms);
                if (m.updated_at_ms != null && $Object.hasOwnProperty.call(m, "updated_at_ms") && (typeof m.updated_at_ms === "object" ? m.updated_at_ms.low || m.updated_at_ms.high : m.updated_at_ms !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.updated_at_ms);
                if (m.error_rate_pct != null && $Object.hasOwnProperty.call(m, "error_rate_pct") && !$Object.is(m.error_rate_pct, 0))
                    w.uint32(/* id 12, wireType 1 =*/97).double(m.error_rate_pct);
                if (m.baseline_pct != null && $Object.hasOwnProperty.call(m, "baseline_pct") && !$Object.is(m.baseline_pct, 0))
                    w.uint32(/* id 13, wireType 1 =*/105).double(m.baseline_pct);
                if (m.views != null && $Object.hasOwnProperty.call(m, "views") && (typeof m.views === "object" ? m.views.low || m.views.high : m.views !== 0))
                    w.uint32(/* id 14, wireType 0 =*/112).int64(m.views);
                if (m.errors != null && $Object.hasOwnProperty.call(m, "errors") && (typeof m.errors === "object" ? m.errors.low || m.errors.high : m.errors !== 0))
                    w.uint32(/* id 15, wireType 0 =*/120).int64(m.errors);
                if (m.views_impacted != null && $Object.hasOwnProperty.call(m, "views_impacted") && (typeof m.views_impacted === "object" ? m.views_impacted.low || m.views_impacted.high : m.views_impacted !== 0))
                    w.uint32(/* id 16, wireType 0 =*/128).int64(m.views_impacted);
                if (m.views_impacted_per_hour != null && $Object.hasOwnProperty.call(m, "views_impacted_per_hour") && !$Object.is(m.views_impacted_per_hour, 0))
                    w.uint32(/* id 17, wireType 1 =*/137).double(m.views_impacted_per_hour);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 18, wireType 2 =*/146).string(m.message);
                if (m.breakdowns != null && m.breakdowns.length) {
                    for (var i = 0; i < m.breakdowns.length; ++i)
                        $root.qoe.v1.IncidentBreakdown.encode(m.breakdowns[i], w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Incident message, length delimited. Does not implicitly {@link qoe.v1.Incident.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.Incident
             * @static
             * @param {qoe.v1.Incident.$Properties} message Incident message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Incident.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Incident message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.Incident
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.Incident & qoe.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Incident.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.Incident();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incident_id = v;
                            else
                                delete m.incident_id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.scope = v;
                            else
                                delete m.scope;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.property_id = v;
                            else
                                delete m.property_id;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.video_id = v;
                            else
                                delete m.video_id;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.video_title = v;
                            else
                                delete m.video_title;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error_type = v;
                            else
                                delete m.error_type;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.severity = v;
                            else
                                delete m.severity;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.opened_at_ms = v;
                            else
                                delete m.opened_at_ms;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.closed_at_ms = v;
                            else
                                delete m.closed_at_ms;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updated_at_ms = v;
                            else
                                delete m.updated_at_ms;
                            continue;
                        }
                    case 12: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.error_rate_pct = v;
                            else
                                delete m.error_rate_pct;
                            continue;
                        }
                    case 13: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.baseline_pct = v;
                            else
                                delete m.baseline_pct;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.views = v;
                            else
                                delete m.views;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.errors = v;
                            else
                                delete m.errors;
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.views_impacted = v;
                            else
                                delete m.views_impacted;
                            continue;
                        }
                    case 17: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.views_impacted_per_hour = v;
                            else
                                delete m.views_impacted_per_hour;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            if (!(m.breakdowns && m.breakdowns.length))
                                m.breakdowns = [];
                            m.breakdowns.push($root.qoe.v1.IncidentBreakdown.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Incident message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.Incident
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.Incident & qoe.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Incident.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Incident message.
             * @function verify
             * @memberof qoe.v1.Incident
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Incident.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id")) {
                    if (!$util.isString(m.incident_id))
                        return "incident_id: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    if (!$util.isString(m.scope))
                        return "scope: string expected";
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    if (!$util.isString(m.property_id))
                        return "property_id: string expected";
                }
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id")) {
                    if (!$util.isString(m.video_id))
                        return "video_id: string expected";
                }
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title")) {
                    if (!$util.isString(m.video_title))
                        return "video_title: string expected";
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    if (!$util.isString(m.error_type))
                        return "error_type: string expected";
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    if (!$util.isString(m.severity))
                        return "severity: string expected";
                }
                if (m.opened_at_ms != null && $Object.hasOwnProperty.call(m, "opened_at_ms")) {
                    if (!$util.isInteger(m.opened_at_ms) && !(m.opened_at_ms && $util.isInteger(m.opened_at_ms.low) && $util.isInteger(m.opened_at_ms.high)))
                        return "opened_at_ms: integer|Long expected";
                }
                if (m.closed_at_ms != null && $Object.hasOwnProperty.call(m, "closed_at_ms")) {
                    if (!$util.isInteger(m.closed_at_ms) && !(m.closed_at_ms && $util.isInteger(m.closed_at_ms.low) && $util.isInteger(m.closed_at_ms.high)))
                        return "closed_at_ms: integer|Long expected";
                }
                if (m.updated_at_ms != null && $Object.hasOwnProperty.call(m, "updated_at_ms")) {
                    if (!$util.isInteger(m.updated_at_ms) && !(m.updated_at_ms && $util.isInteger(m.updated_at_ms.low) && $util.isInteger(m.updated_at_ms.high)))
                        return "updated_at_ms: integer|Long expected";
                }
                if (m.error_rate_pct != null && $Object.hasOwnProperty.call(m, "error_rate_pct")) {
                    if (typeof m.error_rate_pct !== "number")
                        return "error_rate_pct: number expected";
                }
                if (m.baseline_pct != null && $Object.hasOwnProperty.call(m, "baseline_pct")) {
                    if (typeof m.baseline_pct !== "number")
                        return "baseline_pct: number expected";
                }
                if (m.views != null && $Object.hasOwnProperty.call(m, "views")) {
                    if (!$util.isInteger(m.views) && !(m.views && $util.isInteger(m.views.low) && $util.isInteger(m.views.high)))
                        return "views: integer|Long expected";
                }
                if (m.errors != null && $Object.hasOwnProperty.call(m, "errors")) {
                    if (!$util.isInteger(m.errors) && !(m.errors && $util.isInteger(m.errors.low) && $util.isInteger(m.errors.high)))
                        return "errors: integer|Long expected";
                }
                if (m.views_impacted != null && $Object.hasOwnProperty.call(m, "views_impacted")) {
                    if (!$util.isInteger(m.views_impacted) && !(m.views_impacted && $util.isInteger(m.views_impacted.low) && $util.isInteger(m.views_impacted.high)))
                        return "views_impacted: integer|Long expected";
                }
                if (m.views_impacted_per_hour != null && $Object.hasOwnProperty.call(m, "views_impacted_per_hour")) {
                    if (typeof m.views_impacted_per_hour !== "number")
                        return "views_impacted_per_hour: number expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.breakdowns != null && $Object.hasOwnProperty.call(m, "breakdowns")) {
                    if (!$Array.isArray(m.breakdowns))
                        return "breakdowns: array expected";
                    for (var i = 0; i < m.breakdowns.length; ++i) {
                        {
                            var e = $root.qoe.v1.IncidentBreakdown.verify(m.breakdowns[i], q + 1);
                            if (e)
                                return "breakdowns." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an Incident message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.Incident
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.Incident} Incident
             */
            Incident.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.Incident)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.Incident: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.Incident();
                if (d.incident_id != null) {
                    if (typeof d.incident_id !== "string" || d.incident_id.length) {
                        m.incident_id = $String(d.incident_id);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.qoe.v1.Incident.Status[d.status] !== 0)) {
                    switch (d.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        m.status = 0;
                        break;
                    case "OPEN":
                    case 1:
                        m.status = 1;
                        break;
                    case "UPDATED":
                    case 2:
                        m.status = 2;
                        break;
                    case "CLOSED":
                    case 3:
                        m.status = 3;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.scope != null) {
                    if (typeof d.scope !== "string" || d.scope.length) {
                        m.scope = $String(d.scope);
                    }
                }
                if (d.property_id != null) {
                    if (typeof d.property_id !== "string" || d.property_id.length) {
                        m.property_id = $String(d.property_id);
                    }
                }
                if (d.video_id != null) {
                    if (typeof d.video_id !== "string" || d.video_id.length) {
                        m.video_id = $String(d.video_id);
                    }
                }
                if (d.video_title != null) {
                    if (typeof d.video_title !== "string" || d.video_title.length) {
                        m.video_title = $String(d.video_title);
                    }
                }
                if (d.error_type != null) {
                    if (typeof d.error_type !== "string" || d.error_type.length) {
                        m.error_type = $String(d.error_type);
                    }
                }
                if (d.severity != null) {
                    if (typeof d.severity !== "string" || d.severity.length) {
                        m.severity = $String(d.severity);
                    }
                }
                if (d.opened_at_ms != null) {
                    if (typeof d.opened_at_ms === "object" ? d.opened_at_ms.low || d.opened_at_ms.high : $Number(d.opened_at_ms) !== 0) {
                        if ($util.Long)
                            m.opened_at_ms = $util.Long.fromValue(d.opened_at_ms, false);
                        else if (typeof d.opened_at_ms === "string")
                            m.opened_at_ms = $parseInt(d.opened_at_ms, 10);
                        else if (typeof d.opened_at_ms === "number")
                            m.opened_at_ms = d.opened_at_ms;
                        else if (typeof d.opened_at_ms === "object")
                            m.opened_at_ms = new $util.LongBits(d.opened_at_ms.low >>> 0, d.opened_at_ms.high >>> 0).toNumber();
                    }
                }
                if (d.closed_at_ms != null) {
                    if (typeof d.closed_at_ms === "object" ? d.closed_at_ms.low || d.closed_at_ms.high : $Number(d.closed_at_ms) !== 0) {
                        if ($util.Long)
                            m.closed_at_ms = $util.Long.fromValue(d.closed_at_ms, false);
                        else if (typeof d.closed_at_ms === "string")
                            m.closed_at_ms = $parseInt(d.closed_at_ms, 10);
                        else if (typeof d.closed_at_ms === "number")
                            m.closed_at_ms = d.closed_at_ms;
                        else if (typeof d.closed_at_ms === "object")
                            m.closed_at_ms = new $util.LongBits(d.closed_at_ms.low >>> 0, d.closed_at_ms.high >>> 0).toNumber();
                    }
                }
                if (d.updated_at_ms != null) {
                    if (typeof d.updated_at_ms === "object" ? d.updated_at_ms.low || d.updated_at_ms.high : $Number(d.updated_at_ms) !== 0) {
                        if ($util.Long)
                            m.updated_at_ms = $util.Long.fromValue(d.updated_at_ms, false);
                        else if (typeof d.updated_at_ms === "string")
                            m.updated_at_ms = $parseInt(d.updated_at_ms, 10);
                        else if (typeof d.updated_at_ms === "number")
                            m.updated_at_ms = d.updated_at_ms;
                        else if (typeof d.updated_at_ms === "object")
                            m.updated_at_ms = new $util.LongBits(d.updated_at_ms.low >>> 0, d.updated_at_ms.high >>> 0).toNumber();
                    }
                }
                if (d.error_rate_pct != null) {
                    if (!$Object.is($Number(d.error_rate_pct), 0)) {
                        m.error_rate_pct = $Number(d.error_rate_pct);
                    }
                }
                if (d.baseline_pct != null) {
                    if (!$Object.is($Number(d.baseline_pct), 0)) {
                        m.baseline_pct = $Number(d.baseline_pct);
                    }
                }
                if (d.views != null) {
                    if (typeof d.views === "object" ? d.views.low || d.views.high : $Number(d.views) !== 0) {
                        if ($util.Long)
                            m.views = $util.Long.fromValue(d.views, false);
                        else if (typeof d.views === "string")
                            m.views = $parseInt(d.views, 10);
                        else if (typeof d.views === "number")
                            m.views = d.views;
                        else if (typeof d.views === "object")
                            m.views = new $util.LongBits(d.views.low >>> 0, d.views.high >>> 0).toNumber();
                    }
                }
                if (d.errors != null) {
                    if (typeof d.errors === "object" ? d.errors.low || d.errors.high : $Number(d.errors) !== 0) {
                        if ($util.Long)
                            m.errors = $util.Long.fromValue(d.errors, false);
                        else if (typeof d.errors === "string")
                            m.errors = $parseInt(d.errors, 10);
                        else if (typeof d.errors === "number")
                            m.errors = d.errors;
                        else if (typeof d.errors === "object")
                            m.errors = new $util.LongBits(d.errors.low >>> 0, d.errors.high >>> 0).toNumber();
                    }
                }
                if (d.views_impacted != null) {
                    if (typeof d.views_impacted === "object" ? d.views_impacted.low || d.views_impacted.high : $Number(d.views_impacted) !== 0) {
                        if ($util.Long)
                            m.views_impacted = $util.Long.fromValue(d.views_impacted, false);
                        else if (typeof d.views_impacted === "string")
                            m.views_impacted = $parseInt(d.views_impacted, 10);
                        else if (typeof d.views_impacted === "number")
                            m.views_impacted = d.views_impacted;
                        else if (typeof d.views_impacted === "object")
                            m.views_impacted = new $util.LongBits(d.views_impacted.low >>> 0, d.views_impacted.high >>> 0).toNumber();
                    }
                }
                if (d.views_impacted_per_hour != null) {
                    if (!$Object.is($Number(d.views_impacted_per_hour), 0)) {
                        m.views_impacted_per_hour = $Number(d.views_impacted_per_hour);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.breakdowns) {
                    if (!$Array.isArray(d.breakdowns))
                        throw $TypeError(".qoe.v1.Incident.breakdowns: array expected");
                    m.breakdowns = $Array(d.breakdowns.length);
                    for (var i = 0; i < d.breakdowns.length; ++i) {
                        if (!$util.isObject(d.breakdowns[i]))
                            throw $TypeError(".qoe.v1.Incident.breakdowns: object expected");
                        m.breakdowns[i] = $root.qoe.v1.IncidentBreakdown.fromObject(d.breakdowns[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Incident message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.Incident
             * @static
             * @param {qoe.v1.Incident} m Incident
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Incident.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.breakdowns = [];
                }
                if (o.defaults) {
                    d.incident_id = "";
                    d.status = o.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    d.scope = "";
                    d.property_id = "";
                    d.video_id = "";
                    d.video_title = "";
                    d.error_type = "";
                    d.severity = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.opened_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.opened_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.closed_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.closed_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updated_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updated_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error_rate_pct = 0;
                    d.baseline_pct = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.views = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.views = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.errors = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.errors = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.views_impacted = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.views_impacted = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.views_impacted_per_hour = 0;
                    d.message = "";
                }
                if (m.incident_id != null && $Object.hasOwnProperty.call(m, "incident_id")) {
                    d.incident_id = m.incident_id;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.qoe.v1.Incident.Status[m.status] === $undefined ? m.status : $root.qoe.v1.Incident.Status[m.status] : m.status;
                }
                if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                    d.scope = m.scope;
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    d.property_id = m.property_id;
                }
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id")) {
                    d.video_id = m.video_id;
                }
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title")) {
                    d.video_title = m.video_title;
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    d.error_type = m.error_type;
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    d.severity = m.severity;
                }
                if (m.opened_at_ms != null && $Object.hasOwnProperty.call(m, "opened_at_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.opened_at_ms = typeof m.opened_at_ms === "number" ? $BigInt(m.opened_at_ms) : $util.Long.fromBits(m.opened_at_ms.low >>> 0, m.opened_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.opened_at_ms === "number")
                        d.opened_at_ms = o.longs === $String ? $String(m.opened_at_ms) : m.opened_at_ms;
                    else
                        d.opened_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.opened_at_ms) : o.longs === $Number ? new $util.LongBits(m.opened_at_ms.low >>> 0, m.opened_at_ms.high >>> 0).toNumber() : m.opened_at_ms;
                }
                if (m.closed_at_ms != null && $Object.hasOwnProperty.call(m, "closed_at_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.closed_at_ms = typeof m.closed_at_ms === "number" ? $BigInt(m.closed_at_ms) : $util.Long.fromBits(m.closed_at_ms.low >>> 0, m.closed_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.closed_at_ms === "number")
                        d.closed_at_ms = o.longs === $String ? $String(m.closed_at_ms) : m.closed_at_ms;
                    else
                        d.closed_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.closed_at_ms) : o.longs === $Number ? new $util.LongBits(m.closed_at_ms.low >>> 0, m.closed_at_ms.high >>> 0).toNumber() : m.closed_at_ms;
                }
                if (m.updated_at_ms != null && $Object.hasOwnProperty.call(m, "updated_at_ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updated_at_ms = typeof m.updated_at_ms === "number" ? $BigInt(m.updated_at_ms) : $util.Long.fromBits(m.updated_at_ms.low >>> 0, m.updated_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof m.updated_at_ms === "number")
                        d.updated_at_ms = o.longs === $String ? $String(m.updated_at_ms) : m.updated_at_ms;
                    else
                        d.updated_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.updated_at_ms) : o.longs === $Number ? new $util.LongBits(m.updated_at_ms.low >>> 0, m.updated_at_ms.high >>> 0).toNumber() : m.updated_at_ms;
                }
                if (m.error_rate_pct != null && $Object.hasOwnProperty.call(m, "error_rate_pct")) {
                    d.error_rate_pct = o.json && !$isFinite(m.error_rate_pct) ? $String(m.error_rate_pct) : m.error_rate_pct;
                }
                if (m.baseline_pct != null && $Object.hasOwnProperty.call(m, "baseline_pct")) {
                    d.baseline_pct = o.json && !$isFinite(m.baseline_pct) ? $String(m.baseline_pct) : m.baseline_pct;
                }
                if (m.views != null && $Object.hasOwnProperty.call(m, "views")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.views = typeof m.views === "number" ? $BigInt(m.views) : $util.Long.fromBits(m.views.low >>> 0, m.views.high >>> 0, false).toBigInt();
                    else if (typeof m.views === "number")
                        d.views = o.longs === $String ? $String(m.views) : m.views;
                    else
                        d.views = o.longs === $String ? $util.Long.prototype.toString.call(m.views) : o.longs === $Number ? new $util.LongBits(m.views.low >>> 0, m.views.high >>> 0).toNumber() : m.views;
                }
                if (m.errors != null && $Object.hasOwnProperty.call(m, "errors")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.errors = typeof m.errors === "number" ? $BigInt(m.errors) : $util.Long.fromBits(m.errors.low >>> 0, m.errors.high >>> 0, false).toBigInt();
                    else if (typeof m.errors === "number")
                        d.errors = o.longs === $String ? $String(m.errors) : m.errors;
                    else
                        d.errors = o.longs === $String ? $util.Long.prototype.toString.call(m.errors) : o.longs === $Number ? new $util.LongBits(m.errors.low >>> 0, m.errors.high >>> 0).toNumber() : m.errors;
                }
                if (m.views_impacted != null && $Object.hasOwnProperty.call(m, "views_impacted")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.views_impacted = typeof m.views_impacted === "number" ? $BigInt(m.views_impacted) : $util.Long.fromBits(m.views_impacted.low >>> 0, m.views_impacted.high >>> 0, false).toBigInt();
                    else if (typeof m.views_impacted === "number")
                        d.views_impacted = o.longs === $String ? $String(m.views_impacted) : m.views_impacted;
                    else
                        d.views_impacted = o.longs === $String ? $util.Long.prototype.toString.call(m.views_impacted) : o.longs === $Number ? new $util.LongBits(m.views_impacted.low >>> 0, m.views_impacted.high >>> 0).toNumber() : m.views_impacted;
                }
                if (m.views_impacted_per_hour != null && $Object.hasOwnProperty.call(m, "views_impacted_per_hour")) {
                    d.views_impacted_per_hour = o.json && !$isFinite(m.views_impacted_per_hour) ? $String(m.views_impacted_per_hour) : m.views_impacted_per_hour;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.breakdowns && m.breakdowns.length) {
                    d.breakdowns = $Array(m.breakdowns.length);
                    for (var j = 0; j < m.breakdowns.length; ++j) {
                        d.breakdowns[j] = $root.qoe.v1.IncidentBreakdown.toObject(m.breakdowns[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Incident to JSON.
             * @function toJSON
             * @memberof qoe.v1.Incident
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Incident.prototype.toJSON = function() {
                return Incident.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Incident
             * @function getTypeUrl
             * @memberof qoe.v1.Incident
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Incident.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.Incident";
            };

            /**
             * Status enum.
             * @name qoe.v1.Incident.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} OPEN=1 OPEN value
             * @property {number} UPDATED=2 UPDATED value
             * @property {number} CLOSED=3 CLOSED value
             */
            Incident.Status = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OPEN"] = 1;
                values[valuesById[2] = "UPDATED"] = 2;
                values[valuesById[3] = "CLOSED"] = 3;
                return values;
            })();

            return Incident;
        })();

        v1.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} qoe.v1.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof qoe.v1
             * @interface ITimestamp
             * @augments qoe.v1.Timestamp.$Properties
             * @deprecated Use qoe.v1.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {qoe.v1.Timestamp.$Properties} qoe.v1.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof qoe.v1
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {qoe.v1.Timestamp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Timestamp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof qoe.v1.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof qoe.v1.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {qoe.v1.Timestamp.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.Timestamp} Timestamp instance
             * @type {{
             *   (properties: qoe.v1.Timestamp.$Shape): qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape;
             *   (properties?: qoe.v1.Timestamp.$Properties): qoe.v1.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link qoe.v1.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {qoe.v1.Timestamp.$Properties} m Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds"))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.seconds);
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos"))
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.nanos);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link qoe.v1.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {qoe.v1.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.Timestamp();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.seconds = r.int64();
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.nanos = r.int32();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.Timestamp & qoe.v1.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                    if (!$util.isInteger(m.seconds) && !(m.seconds && $util.isInteger(m.seconds.low) && $util.isInteger(m.seconds.high)))
                        return "seconds: integer|Long expected";
                }
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                    if (!$util.isInteger(m.nanos))
                        return "nanos: integer expected";
                }
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.Timestamp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.Timestamp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.Timestamp();
                if (d.seconds != null) {
                    if ($util.Long)
                        m.seconds = $util.Long.fromValue(d.seconds, false);
                    else if (typeof d.seconds === "string")
                        m.seconds = $parseInt(d.seconds, 10);
                    else if (typeof d.seconds === "number")
                        m.seconds = d.seconds;
                    else if (typeof d.seconds === "object")
                        m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                }
                if (d.nanos != null) {
                    m.nanos = d.nanos | 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {qoe.v1.Timestamp} m Timestamp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.seconds = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seconds = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.nanos = 0;
                }
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seconds = typeof m.seconds === "number" ? $BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                    else if (typeof m.seconds === "number")
                        d.seconds = o.longs === $String ? $String(m.seconds) : m.seconds;
                    else
                        d.seconds = o.longs === $String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === $Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                }
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                    d.nanos = m.nanos;
                }
                return d;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof qoe.v1.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof qoe.v1.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.Timestamp";
            };

            return Timestamp;
        })();

        v1.VideoView = (function() {

            /**
             * Properties of a VideoView.
             * @typedef {Object} qoe.v1.VideoView.$Properties
             * @property {string|null} [view_id] VideoView view_id
             * @property {string|null} [property_id] VideoView property_id
             * @property {qoe.v1.Timestamp.$Properties|null} [view_start] VideoView view_start
             * @property {qoe.v1.Timestamp.$Properties|null} [view_end] VideoView view_end
             * @property {number|null} [asn] VideoView asn
             * @property {string|null} [browser] VideoView browser
             * @property {string|null} [browser_version] VideoView browser_version
             * @property {string|null} [cdn] VideoView cdn
             * @property {string|null} [city] VideoView city
             * @property {string|null} [continent_code] VideoView continent_code
             * @property {string|null} [country] VideoView country
             * @property {string|null} [country_name] VideoView country_name
             * @property {string|null} [custom_1] VideoView custom_1
             * @property {string|null} [custom_2] VideoView custom_2
             * @property {string|null} [custom_3] VideoView custom_3
             * @property {string|null} [custom_4] VideoView custom_4
             * @property {string|null} [custom_5] VideoView custom_5
             * @property {number|null} [error_type] VideoView error_type
             * @property {boolean|null} [exit_before_video_start] VideoView exit_before_video_start
             * @property {string|null} [experiment_name] VideoView experiment_name
             * @property {number|null} [latitude] VideoView latitude
             * @property {number|null} [longitude] VideoView longitude
             * @property {number|null} [max_downscale_percentage] VideoView max_downscale_percentage
             * @property {number|null} [max_upscale_percentage] VideoView max_upscale_percentage
             * @property {string|null} [operating_system] VideoView operating_system
             * @property {string|null} [operating_system_version] VideoView operating_system_version
             * @property {number|null} [page_load_time] VideoView page_load_time
             * @property {string|null} [page_type] VideoView page_type
             * @property {string|null} [page_url] VideoView page_url
             * @property {number|null} [playback_success_score] VideoView playback_success_score
             * @property {boolean|null} [player_autoplay] VideoView player_autoplay
             * @property {string|null} [player_error_code] VideoView player_error_code
             * @property {string|null} [player_error_message] VideoView player_error_message
             * @property {number|null} [player_height] VideoView player_height
             * @property {string|null} [player_instance_id] VideoView player_instance_id
             * @property {string|null} [player_language] VideoView player_language
             * @property {string|null} [player_name] VideoView player_name
             * @property {boolean|null} [player_preload] VideoView player_preload
             * @property {boolean|null} [player_remote_played] VideoView player_remote_played
             * @property {string|null} [player_software] VideoView player_software
             * @property {string|null} [player_software_version] VideoView player_software_version
             * @property {string|null} [player_source_domain] VideoView player_source_domain
             * @property {number|null} [player_source_duration] VideoView player_source_duration
             * @property {number|null} [player_source_height] VideoView player_source_height
             * @property {string|null} [player_source_url] VideoView player_source_url
             * @property {number|null} [player_source_width] VideoView player_source_width
             * @property {number|null} [player_startup_time] VideoView player_startup_time
             * @property {string|null} [player_version] VideoView player_version
             * @property {number|null} [player_view_count] VideoView player_view_count
             * @property {number|null} [player_width] VideoView player_width
             * @property {number|null} [rebuffer_count] VideoView rebuffer_count
             * @property {number|null} [rebuffer_duration] VideoView rebuffer_duration
             * @property {number|null} [rebuffer_frequency] VideoView rebuffer_frequency
             * @property {number|null} [rebuffer_percentage] VideoView rebuffer_percentage
             * @property {string|null} [region] VideoView region
             * @property {string|null} [session_id] VideoView session_id
             * @property {number|null} [smoothness_score] VideoView smoothness_score
             * @property {string|null} [source_hostname] VideoView source_hostname
             * @property {string|null} [source_type] VideoView source_type
             * @property {number|null} [startup_time_score] VideoView startup_time_score
             * @property {string|null} [sub_property_id] VideoView sub_property_id
             * @property {boolean|null} [used_fullscreen] VideoView used_fullscreen
             * @property {string|null} [video_content_type] VideoView video_content_type
             * @property {number|null} [video_duration] VideoView video_duration
             * @property {string|null} [video_encoding_variant] VideoView video_encoding_variant
             * @property {string|null} [video_id] VideoView video_id
             * @property {string|null} [video_language] VideoView video_language
             * @property {string|null} [video_producer] VideoView video_producer
             * @property {number|null} [video_quality_score] VideoView video_quality_score
             * @property {string|null} [video_series] VideoView video_series
             * @property {number|null} [video_startup_time] VideoView video_startup_time
             * @property {string|null} [video_title] VideoView video_title
             * @property {string|null} [video_variant_id] VideoView video_variant_id
             * @property {string|null} [video_variant_name] VideoView video_variant_name
             * @property {number|null} [view_downscaling_percentage] VideoView view_downscaling_percentage
             * @property {number|null} [view_max_playhead_position] VideoView view_max_playhead_position
             * @property {number|null} [view_playing_time] VideoView view_playing_time
             * @property {number|null} [view_seek_count] VideoView view_seek_count
             * @property {number|null} [view_seek_duration] VideoView view_seek_duration
             * @property {string|null} [view_session_id] VideoView view_session_id
             * @property {number|null} [view_total_content_playback_time] VideoView view_total_content_playback_time
             * @property {number|null} [view_total_downscaling] VideoView view_total_downscaling
             * @property {number|null} [view_total_upscaling] VideoView view_total_upscaling
             * @property {number|null} [view_upscaling_percentage] VideoView view_upscaling_percentage
             * @property {string|null} [viewer_application_engine] VideoView viewer_application_engine
             * @property {string|null} [viewer_connection_type] VideoView viewer_connection_type
             * @property {string|null} [viewer_device_category] VideoView viewer_device_category
             * @property {string|null} [viewer_device_manufacturer] VideoView viewer_device_manufacturer
             * @property {string|null} [viewer_device_name] VideoView viewer_device_name
             * @property {number|null} [viewer_experience_score] VideoView viewer_experience_score
             * @property {string|null} [viewer_os_architecture] VideoView viewer_os_architecture
             * @property {string|null} [viewer_user_agent] VideoView viewer_user_agent
             * @property {string|null} [viewer_user_id] VideoView viewer_user_id
             * @property {number|null} [watch_time] VideoView watch_time
             * @property {boolean|null} [watched] VideoView watched
             * @property {number|null} [weighted_average_bitrate] VideoView weighted_average_bitrate
             * @property {string|null} [stream_type] VideoView stream_type
             * @property {string|null} [asset_id] VideoView asset_id
             * @property {string|null} [live_stream_id] VideoView live_stream_id
             * @property {string|null} [playback_id] VideoView playback_id
             * @property {number|null} [live_stream_latency] VideoView live_stream_latency
             * @property {string|null} [environment_id] VideoView environment_id
             * @property {string|null} [viewer_device_model] VideoView viewer_device_model
             * @property {boolean|null} [video_startup_failure] VideoView video_startup_failure
             * @property {number|null} [playback_failure_error_type_id] VideoView playback_failure_error_type_id
             * @property {number|null} [playback_business_exception_error_type_id] VideoView playback_business_exception_error_type_id
             * @property {number|null} [video_startup_business_exception_error_type_id] VideoView video_startup_business_exception_error_type_id
             * @property {boolean|null} [playback_failure] VideoView playback_failure
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoView.
             * @memberof qoe.v1
             * @interface IVideoView
             * @augments qoe.v1.VideoView.$Properties
             * @deprecated Use qoe.v1.VideoView.$Properties instead.
             */

            /**
             * Shape of a VideoView.
             * @typedef {qoe.v1.VideoView.$Properties} qoe.v1.VideoView.$Shape
             */

            /**
             * Constructs a new VideoView.
             * @memberof qoe.v1
             * @classdesc Represents a VideoView.
             * @constructor
             * @param {qoe.v1.VideoView.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var VideoView = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VideoView view_id.
             * @member {string} view_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_id = "";

            /**
             * VideoView property_id.
             * @member {string} property_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.property_id = "";

            /**
             * VideoView view_start.
             * @member {qoe.v1.Timestamp.$Properties|null|undefined} view_start
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_start = null;

            /**
             * VideoView view_end.
             * @member {qoe.v1.Timestamp.$Properties|null|undefined} view_end
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_end = null;

            /**
             * VideoView asn.
             * @member {number} asn
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.asn = 0;

            /**
             * VideoView browser.
             * @member {string} browser
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.browser = "";

            /**
             * VideoView browser_version.
             * @member {string} browser_version
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.browser_version = "";

            /**
             * VideoView cdn.
             * @member {string} cdn
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.cdn = "";

            /**
             * VideoView city.
             * @member {string} city
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.city = "";

            /**
             * VideoView continent_code.
             * @member {string} continent_code
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.continent_code = "";

            /**
             * VideoView country.
             * @member {string} country
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.country = "";

            /**
             * VideoView country_name.
             * @member {string} country_name
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.country_name = "";

            /**
             * VideoView custom_1.
             * @member {string} custom_1
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.custom_1 = "";

            /**
             * VideoView custom_2.
             * @member {string} custom_2
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.custom_2 = "";

            /**
             * VideoView custom_3.
             * @member {string} custom_3
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.custom_3 = "";

            /**
             * VideoView custom_4.
             * @member {string} custom_4
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.custom_4 = "";

            /**
             * VideoView custom_5.
             * @member {string} custom_5
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.custom_5 = "";

            /**
             * VideoView error_type.
             * @member {number} error_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.error_type = 0;

            /**
             * VideoView exit_before_video_start.
             * @member {boolean} exit_before_video_start
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.exit_before_video_start = false;

            /**
             * VideoView experiment_name.
             * @member {string} experiment_name
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.experiment_name = "";

            /**
             * VideoView latitude.
             * @member {number} latitude
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.latitude = 0;

            /**
             * VideoView longitude.
             * @member {number} longitude
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.longitude = 0;

            /**
             * VideoView max_downscale_percentage.
             * @member {number} max_downscale_percentage
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.max_downscale_percentage = 0;

            /**
             * VideoView max_upscale_percentage.
             * @member {number} max_upscale_percentage
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.max_upscale_percentage = 0;

            /**
             * VideoView operating_system.
             * @member {string} operating_system
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.operating_system = "";

            /**
             * VideoView operating_system_version.
             * @member {string} operating_system_version
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.operating_system_version = "";

            /**
             * VideoView page_load_time.
             * @member {number} page_load_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.page_load_time = 0;

            /**
             * VideoView page_type.
             * @member {string} page_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.page_type = "";

            /**
             * VideoView page_url.
             * @member {string} page_url
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.page_url = "";

            /**
             * VideoView playback_success_score.
             * @member {number} playback_success_score
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.playback_success_score = 0;

            /**
             * VideoView player_autoplay.
             * @member {boolean} player_autoplay
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_autoplay = false;

            /**
             * VideoView player_error_code.
             * @member {string} player_error_code
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_error_code = "";

            /**
             * VideoView player_error_message.
             * @member {string} player_error_message
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_error_message = "";

            /**
             * VideoView player_height.
             * @member {number} player_height
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_height = 0;

            /**
             * VideoView player_instance_id.
             * @member {string} player_instance_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_instance_id = "";

            /**
             * VideoView player_language.
             * @member {string} player_language
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_language = "";

            /**
             * VideoView player_name.
             * @member {string} player_name
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_name = "";

            /**
             * VideoView player_preload.
             * @member {boolean} player_preload
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_preload = false;

            /**
             * VideoView player_remote_played.
             * @member {boolean} player_remote_played
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_remote_played = false;

            /**
             * VideoView player_software.
             * @member {string} player_software
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_software = "";

            /**
             * VideoView player_software_version.
             * @member {string} player_software_version
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_software_version = "";

            /**
             * VideoView player_source_domain.
             * @member {string} player_source_domain
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_source_domain = "";

            /**
             * VideoView player_source_duration.
             * @member {number} player_source_duration
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_source_duration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VideoView player_source_height.
             * @member {number} player_source_height
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_source_height = 0;

            /**
             * VideoView player_source_url.
             * @member {string} player_source_url
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_source_url = "";

            /**
             * VideoView player_source_width.
             * @member {number} player_source_width
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_source_width = 0;

            /**
             * VideoView player_startup_time.
             * @member {number} player_startup_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_startup_time = 0;

            /**
             * VideoView player_version.
             * @member {string} player_version
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_version = "";

            /**
             * VideoView player_view_count.
             * @member {number} player_view_count
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_view_count = 0;

            /**
             * VideoView player_width.
             * @member {number} player_width
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.player_width = 0;

            /**
             * VideoView rebuffer_count.
             * @member {number} rebuffer_count
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.rebuffer_count = 0;

            /**
             * VideoView rebuffer_duration.
             * @member {number} rebuffer_duration
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.rebuffer_duration = 0;

            /**
             * VideoView rebuffer_frequency.
             * @member {number} rebuffer_frequency
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.rebuffer_frequency = 0;

            /**
             * VideoView rebuffer_percentage.
             * @member {number} rebuffer_percentage
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.rebuffer_percentage = 0;

            /**
             * VideoView region.
             * @member {string} region
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.region = "";

            /**
             * VideoView session_id.
             * @member {string} session_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.session_id = "";

            /**
             * VideoView smoothness_score.
             * @member {number} smoothness_score
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.smoothness_score = 0;

            /**
             * VideoView source_hostname.
             * @member {string} source_hostname
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.source_hostname = "";

            /**
             * VideoView source_type.
             * @member {string} source_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.source_type = "";

            /**
             * VideoView startup_time_score.
             * @member {number} startup_time_score
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.startup_time_score = 0;

            /**
             * VideoView sub_property_id.
             * @member {string} sub_property_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.sub_property_id = "";

            /**
             * VideoView used_fullscreen.
             * @member {boolean} used_fullscreen
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.used_fullscreen = false;

            /**
             * VideoView video_content_type.
             * @member {string} video_content_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_content_type = "";

            /**
             * VideoView video_duration.
             * @member {number} video_duration
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_duration = 0;

            /**
             * VideoView video_encoding_variant.
             * @member {string} video_encoding_variant
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_encoding_variant = "";

            /**
             * VideoView video_id.
             * @member {string} video_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_id = "";

            /**
             * VideoView video_language.
             * @member {string} video_language
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_language = "";

            /**
             * VideoView video_producer.
             * @member {string} video_producer
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_producer = "";

            /**
             * VideoView video_quality_score.
             * @member {number} video_quality_score
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_quality_score = 0;

            /**
             * VideoView video_series.
             * @member {string} video_series
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_series = "";

            /**
             * VideoView video_startup_time.
             * @member {number} video_startup_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_startup_time = 0;

            /**
             * VideoView video_title.
             * @member {string} video_title
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_title = "";

            /**
             * VideoView video_variant_id.
             * @member {string} video_variant_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_variant_id = "";

            /**
             * VideoView video_variant_name.
             * @member {string} video_variant_name
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_variant_name = "";

            /**
             * VideoView view_downscaling_percentage.
             * @member {number} view_downscaling_percentage
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_downscaling_percentage = 0;

            /**
             * VideoView view_max_playhead_position.
             * @member {number} view_max_playhead_position
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_max_playhead_position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VideoView view_playing_time.
             * @member {number} view_playing_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_playing_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VideoView view_seek_count.
             * @member {number} view_seek_count
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_seek_count = 0;

            /**
             * VideoView view_seek_duration.
             * @member {number} view_seek_duration
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_seek_duration = 0;

            /**
             * VideoView view_session_id.
             * @member {string} view_session_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_session_id = "";

            /**
             * VideoView view_total_content_playback_time.
             * @member {number} view_total_content_playback_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_total_content_playback_time = 0;

            /**
             * VideoView view_total_downscaling.
             * @member {number} view_total_downscaling
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_total_downscaling = 0;

            /**
             * VideoView view_total_upscaling.
             * @member {number} view_total_upscaling
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_total_upscaling = 0;

            /**
             * VideoView view_upscaling_percentage.
             * @member {number} view_upscaling_percentage
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.view_upscaling_percentage = 0;

            /**
             * VideoView viewer_application_engine.
             * @member {string} viewer_application_engine
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_application_engine = "";

            /**
             * VideoView viewer_connection_type.
             * @member {string} viewer_connection_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_connection_type = "";

            /**
             * VideoView viewer_device_category.
             * @member {string} viewer_device_category
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_device_category = "";

            /**
             * VideoView viewer_device_manufacturer.
             * @member {string} viewer_device_manufacturer
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_device_manufacturer = "";

            /**
             * VideoView viewer_device_name.
             * @member {string} viewer_device_name
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_device_name = "";

            /**
             * VideoView viewer_experience_score.
             * @member {number} viewer_experience_score
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_experience_score = 0;

            /**
             * VideoView viewer_os_architecture.
             * @member {string} viewer_os_architecture
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_os_architecture = "";

            /**
             * VideoView viewer_user_agent.
             * @member {string} viewer_user_agent
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_user_agent = "";

            /**
             * VideoView viewer_user_id.
             * @member {string} viewer_user_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_user_id = "";

            /**
             * VideoView watch_time.
             * @member {number} watch_time
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.watch_time = 0;

            /**
             * VideoView watched.
             * @member {boolean} watched
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.watched = false;

            /**
             * VideoView weighted_average_bitrate.
             * @member {number} weighted_average_bitrate
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.weighted_average_bitrate = 0;

            /**
             * VideoView stream_type.
             * @member {string} stream_type
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.stream_type = "";

            /**
             * VideoView asset_id.
             * @member {string} asset_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.asset_id = "";

            /**
             * VideoView live_stream_id.
             * @member {string} live_stream_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.live_stream_id = "";

            /**
             * VideoView playback_id.
             * @member {string} playback_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.playback_id = "";

            /**
             * VideoView live_stream_latency.
             * @member {number} live_stream_latency
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.live_stream_latency = 0;

            /**
             * VideoView environment_id.
             * @member {string} environment_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.environment_id = "";

            /**
             * VideoView viewer_device_model.
             * @member {string} viewer_device_model
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.viewer_device_model = "";

            /**
             * VideoView video_startup_failure.
             * @member {boolean} video_startup_failure
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_startup_failure = false;

            /**
             * VideoView playback_failure_error_type_id.
             * @member {number} playback_failure_error_type_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.playback_failure_error_type_id = 0;

            /**
             * VideoView playback_business_exception_error_type_id.
             * @member {number} playback_business_exception_error_type_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.playback_business_exception_error_type_id = 0;

            /**
             * VideoView video_startup_business_exception_error_type_id.
             * @member {number} video_startup_business_exception_error_type_id
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.video_startup_business_exception_error_type_id = 0;

            /**
             * VideoView playback_failure.
             * @member {boolean} playback_failure
             * @memberof qoe.v1.VideoView
             * @instance
             */
            VideoView.prototype.playback_failure = false;

            /**
             * Creates a new VideoView instance using the specified properties.
             * @function create
             * @memberof qoe.v1.VideoView
             * @static
             * @param {qoe.v1.VideoView.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.VideoView} VideoView instance
             * @type {{
             *   (properties: qoe.v1.VideoView.$Shape): qoe.v1.VideoView & qoe.v1.VideoView.$Shape;
             *   (properties?: qoe.v1.VideoView.$Properties): qoe.v1.VideoView;
             * }}
             */
            VideoView.create = function(properties) {
                return new VideoView(properties);
            };

            /**
             * Encodes the specified VideoView message. Does not implicitly {@link qoe.v1.VideoView.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.VideoView
             * @static
             * @param {qoe.v1.VideoView.$Properties} m VideoView message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoView.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.view_id != null && $Object.hasOwnProperty.call(m, "view_id"))
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.view_id);
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id"))
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.property_id);
                if (m.view_start != null && $Object.hasOwnProperty.call(m, "view_start"))
                    $root.qoe.v1.Timestamp.encode(m.view_start, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.view_end != null && $Object.hasOwnProperty.call(m, "view_end"))
                    $root.qoe.v1.Timestamp.encode(m.view_end, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn"))
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.asn);
                if (m.browser != null && $Object.hasOwnProperty.call(m, "browser"))
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.browser);
                if (m.browser_version != null && $Object.hasOwnProperty.call(m, "browser_version"))
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.browser_version);
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn"))
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.cdn);
                if (m.city != null && $Object.hasOwnProperty.call(m, "city"))
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.city);
                if (m.continent_code != null && $Object.hasOwnProperty.call(m, "continent_code"))
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.continent_code);
                if (m.country != null && $Object.hasOwnProperty.call(m, "country"))
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.country);
                if (m.country_name != null && $Object.hasOwnProperty.call(m, "country_name"))
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.country_name);
                if (m.custom_1 != null && $Object.hasOwnProperty.call(m, "custom_1"))
                    w.uint32(/* id 14, wireType 2 =*/114).string(m.custom_1);
                if (m.custom_2 != null && $Object.hasOwnProperty.call(m, "custom_2"))
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.custom_2);
                if (m.custom_3 != null && $Object.hasOwnProperty.call(m, "custom_3"))
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.custom_3);
                if (m.custom_4 != null && $Object.hasOwnProperty.call(m, "custom_4"))
                    w.uint32(/* id 17, wireType 2 =*/138).string(m.custom_4);
                if (m.custom_5 != null && $Object.hasOwnProperty.call(m, "custom_5"))
                    w.uint32(/* id 18, wireType 2 =*/146).string(m.custom_5);
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type"))
                    w.uint32(/* id 19, wireType 0 =*/152).int32(m.error_type);
                if (m.exit_before_video_start != null && $Object.hasOwnProperty.call(m, "exit_before_video_start"))
                    w.uint32(/* id 20, wireType 0 =*/160).bool(m.exit_before_video_start);
                if (m.experiment_name != null && $Object.hasOwnProperty.call(m, "experiment_name"))
                    w.uint32(/* id 21, wireType 2 =*/170).string(m.experiment_name);
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude"))
                    w.uint32(/* id 22, wireType 1 =*/177).double(m.latitude);
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude"))
                    w.uint32(/* id 23, wireType 1 =*/185).double(m.longitude);
                if (m.max_downscale_percentage != null && $Object.hasOwnProperty.call(m, "max_downscale_percentage"))
                    w.uint32(/* id 24, wireType 5 =*/197).float(m.max_downscale_percentage);
                if (m.max_upscale_percentage != null && $Object.hasOwnProperty.call(m, "max_upscale_percentage"))
                    w.uint32(/* id 25, wireType 5 =*/205).float(m.max_upscale_percentage);
                if (m.operating_system != null && $Object.hasOwnProperty.call(m, "operating_system"))
                    w.uint32(/* id 29, wireType 2 =*/234).string(m.operating_system);
                if (m.operating_system_version != null && $Object.hasOwnProperty.call(m, "operating_system_version"))
                    w.uint32(/* id 30, wireType 2 =*/242).string(m.operating_system_version);
                if (m.page_load_time != null && $Object.hasOwnProperty.call(m, "page_load_time"))
                    w.uint32(/* id 31, wireType 0 =*/248).int32(m.page_load_time);
                if (m.page_type != null && $Object.hasOwnProperty.call(m, "page_type"))
                    w.uint32(/* id 32, wireType 2 =*/258).string(m.page_type);
                if (m.page_url != null && $Object.hasOwnProperty.call(m, "page_url"))
                    w.uint32(/* id 33, wireType 2 =*/266).string(m.page_url);
                if (m.playback_success_score != null && $Object.hasOwnProperty.call(m, "playback_success_score"))
                    w.uint32(/* id 34, wireType 5 =*/277).float(m.playback_success_score);
                if (m.player_autoplay != null && $Object.hasOwnProperty.call(m, "player_autoplay"))
                    w.uint32(/* id 35, wireType 0 =*/280).bool(m.player_autoplay);
                if (m.player_error_code != null && $Object.hasOwnProperty.call(m, "player_error_code"))
                    w.uint32(/* id 36, wireType 2 =*/290).string(m.player_error_code);
                if (m.player_error_message != null && $Object.hasOwnProperty.call(m, "player_error_message"))
                    w.uint32(/* id 37, wireType 2 =*/298).string(m.player_error_message);
                if (m.player_height != null && $Object.hasOwnProperty.call(m, "player_height"))
                    w.uint32(/* id 38, wireType 0 =*/304).int32(m.player_height);
                if (m.player_instance_id != null && $Object.hasOwnProperty.call(m, "player_instance_id"))
                    w.uint32(/* id 39, wireType 2 =*/314).string(m.player_instance_id);
                if (m.player_language != null && $Object.hasOwnProperty.call(m, "player_language"))
                    w.uint32(/* id 40, wireType 2 =*/322).string(m.player_language);
                if (m.player_name != null && $Object.hasOwnProperty.call(m, "player_name"))
                    w.uint32(/* id 43, wireType 2 =*/346).string(m.player_name);
                if (m.player_preload != null && $Object.hasOwnProperty.call(m, "player_preload"))
                    w.uint32(/* id 45, wireType 0 =*/360).bool(m.player_preload);
                if (m.player_remote_played != null && $Object.hasOwnProperty.call(m, "player_remote_played"))
                    w.uint32(/* id 46, wireType 0 =*/368).bool(m.player_remote_played);
                if (m.player_software != null && $Object.hasOwnProperty.call(m, "player_software"))
                    w.uint32(/* id 47, wireType 2 =*/378).string(m.player_software);
                if (m.player_software_version != null && $Object.hasOwnProperty.call(m, "player_software_version"))
                    w.uint32(/* id 48, wireType 2 =*/386).string(m.player_software_version);
                if (m.player_source_domain != null && $Object.hasOwnProperty.call(m, "player_source_domain"))
                    w.uint32(/* id 49, wireType 2 =*/394).string(m.player_source_domain);
                if (m.player_source_duration != null && $Object.hasOwnProperty.call(m, "player_source_duration"))
                    w.uint32(/* id 50, wireType 0 =*/400).int64(m.player_source_duration);
                if (m.player_source_height != null && $Object.hasOwnProperty.call(m, "player_source_height"))
                    w.uint32(/* id 51, wireType 0 =*/408).int32(m.player_source_height);
                if (m.player_source_url != null && $Object.hasOwnProperty.call(m, "player_source_url"))
                    w.uint32(/* id 52, wireType 2 =*/418).string(m.player_source_url);
                if (m.player_source_width != null && $Object.hasOwnProperty.call(m, "player_source_width"))
                    w.uint32(/* id 53, wireType 0 =*/424).int32(m.player_source_width);
                if (m.player_startup_time != null && $Object.hasOwnProperty.call(m, "player_startup_time"))
                    w.uint32(/* id 54, wireType 0 =*/432).int32(m.player_startup_time);
                if (m.player_version != null && $Object.hasOwnProperty.call(m, "player_version"))
                    w.uint32(/* id 55, wireType 2 =*/442).string(m.player_version);
                if (m.player_view_count != null && $Object.hasOwnProperty.call(m, "player_view_count"))
                    w.uint32(/* id 56, wireType 0 =*/448).int32(m.player_view_count);
                if (m.player_width != null && $Object.hasOwnProperty.call(m, "player_width"))
                    w.uint32(/* id 57, wireType 0 =*/456).int32(m.player_width);
                if (m.rebuffer_count != null && $Object.hasOwnProperty.call(m, "rebuffer_count"))
                    w.uint32(/* id 58, wireType 0 =*/464).int32(m.rebuffer_count);
                if (m.rebuffer_duration != null && $Object.hasOwnProperty.call(m, "rebuffer_duration"))
                    w.uint32(/* id 59, wireType 0 =*/472).int32(m.rebuffer_duration);
                if (m.rebuffer_frequency != null && $Object.hasOwnProperty.call(m, "rebuffer_frequency"))
                    w.uint32(/* id 60, wireType 5 =*/485).float(m.rebuffer_frequency);
                if (m.rebuffer_percentage != null && $Object.hasOwnProperty.call(m, "rebuffer_percentage"))
                    w.uint32(/* id 61, wireType 5 =*/493).float(m.rebuffer_percentage);
                if (m.region != null && $Object.hasOwnProperty.call(m, "region"))
                    w.uint32(/* id 62, wireType 2 =*/498).string(m.region);
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id"))
                    w.uint32(/* id 63, wireType 2 =*/506).string(m.session_id);
                if (m.smoothness_score != null && $Object.hasOwnProperty.call(m, "smoothness_score"))
                    w.uint32(/* id 64, wireType 5 =*/517).float(m.smoothness_score);
                if (m.source_hostname != null && $Object.hasOwnProperty.call(m, "source_hostname"))
                    w.uint32(/* id 65, wireType 2 =*/522).string(m.source_hostname);
                if (m.source_type != null && $Object.hasOwnProperty.call(m, "source_type"))
                    w.uint32(/* id 66, wireType 2 =*/530).string(m.source_type);
                if (m.startup_time_score != null && $Object.hasOwnProperty.call(m, "startup_time_score"))
                    w.uint32(/* id 67, wireType 5 =*/541).float(m.startup_time_score);
                if (m.sub_property_id != null && $Object.hasOwnProperty.call(m, "sub_property_id"))
                    w.uint32(/* id 68, wireType 2 =*/546).string(m.sub_property_id);
                if (m.used_fullscreen != null && $Object.hasOwnProperty.call(m, "used_fullscreen"))
                    w.uint32(/* id 69, wireType 0 =*/552).bool(m.used_fullscreen);
                if (m.video_content_type != null && $Object.hasOwnProperty.call(m, "video_content_type"))
                    w.uint32(/* id 70, wireType 2 =*/562).string(m.video_content_type);
                if (m.video_duration != null && $Object.hasOwnProperty.call(m, "video_duration"))
                    w.uint32(/* id 71, wireType 0 =*/568).int32(m.video_duration);
                if (m.video_encoding_variant != null && $Object.hasOwnProperty.call(m, "video_encoding_variant"))
                    w.uint32(/* id 72, wireType 2 =*/578).string(m.video_encoding_variant);
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id"))
                    w.uint32(/* id 73, wireType 2 =*/586).string(m.video_id);
                if (m.video_language != null && $Object.hasOwnProperty.call(m, "video_language"))
                    w.uint32(/* id 74, wireType 2 =*/594).string(m.video_language);
                if (m.video_producer != null && $Object.hasOwnProperty.call(m, "video_producer"))
                    w.uint32(/* id 75, wireType 2 =*/602).string(m.video_producer);
                if (m.video_quality_score != null && $Object.hasOwnProperty.call(m, "video_quality_score"))
                    w.uint32(/* id 76, wireType 5 =*/613).float(m.video_quality_score);
                if (m.video_series != null && $Object.hasOwnProperty.call(m, "video_series"))
                    w.uint32(/* id 77, wireType 2 =*/618).string(m.video_series);
                if (m.video_startup_time != null && $Object.hasOwnProperty.call(m, "video_startup_time"))
                    w.uint32(/* id 78, wireType 0 =*/624).int32(m.video_startup_time);
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title"))
                    w.uint32(/* id 79, wireType 2 =*/634).string(m.video_title);
                if (m.video_variant_id != null && $Object.hasOwnProperty.call(m, "video_variant_id"))
                    w.uint32(/* id 80, wireType 2 =*/642).string(m.video_variant_id);
                if (m.video_variant_name != null && $Object.hasOwnProperty.call(m, "video_variant_name"))
                    w.uint32(/* id 81, wireType 2 =*/650).string(m.video_variant_name);
                if (m.view_downscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_downscaling_percentage"))
                    w.uint32(/* id 82, wireType 5 =*/661).float(m.view_downscaling_percentage);
                if (m.view_max_playhead_position != null && $Object.hasOwnProperty.call(m, "view_max_playhead_position"))
                    w.uint32(/* id 83, wireType 0 =*/664).int64(m.view_max_playhead_position);
                if (m.view_playing_time != null && $Object.hasOwnProperty.call(m, "view_playing_time"))
                    w.uint32(/* id 84, wireType 0 =*/672).int64(m.view_playing_time);
                if (m.view_seek_count != null && $Object.hasOwnProperty.call(m, "view_seek_count"))
                    w.uint32(/* id 85, wireType 0 =*/680).int32(m.view_seek_count);
                if (m.view_seek_duration != null && $Object.hasOwnProperty.call(m, "view_seek_duration"))
                    w.uint32(/* id 86, wireType 0 =*/688).int32(m.view_seek_duration);
                if (m.view_session_id != null && $Object.hasOwnProperty.call(m, "view_session_id"))
                    w.uint32(/* id 87, wireType 2 =*/698).string(m.view_session_id);
                if (m.view_total_content_playback_time != null && $Object.hasOwnProperty.call(m, "view_total_content_playback_time"))
                    w.uint32(/* id 88, wireType 0 =*/704).int32(m.view_total_content_playback_time);
                if (m.view_total_downscaling != null && $Object.hasOwnProperty.call(m, "view_total_downscaling"))
                    w.uint32(/* id 89, wireType 5 =*/717).float(m.view_total_downscaling);
                if (m.view_total_upscaling != null && $Object.hasOwnProperty.call(m, "view_total_upscaling"))
                    w.uint32(/* id 90, wireType 5 =*/725).float(m.view_total_upscaling);
                if (m.view_upscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_upscaling_percentage"))
                    w.uint32(/* id 91, wireType 5 =*/733).float(m.view_upscaling_percentage);
                if (m.viewer_application_engine != null && $Object.hasOwnProperty.call(m, "viewer_application_engine"))
                    w.uint32(/* id 92, wireType 2 =*/738).string(m.viewer_application_engine);
                if (m.viewer_connection_type != null && $Object.hasOwnProperty.call(m, "viewer_connection_type"))
                    w.uint32(/* id 93, wireType 2 =*/746).string(m.viewer_connection_type);
                if (m.viewer_device_category != null && $Object.hasOwnProperty.call(m, "viewer_device_category"))
                    w.uint32(/* id 94, wireType 2 =*/754).string(m.viewer_device_category);
                if (m.viewer_device_manufacturer != null && $Object.hasOwnProperty.call(m, "viewer_device_manufacturer"))
                    w.uint32(/* id 95, wireType 2 =*/762).string(m.viewer_device_manufacturer);
                if (m.viewer_device_name != null && $Object.hasOwnProperty.call(m, "viewer_device_name"))
                    w.uint32(/* id 96, wireType 2 =*/770).string(m.viewer_device_name);
                if (m.viewer_experience_score != null && $Object.hasOwnProperty.call(m, "viewer_experience_score"))
                    w.uint32(/* id 97, wireType 5 =*/781).float(m.viewer_experience_score);
                if (m.viewer_os_architecture != null && $Object.hasOwnProperty.call(m, "viewer_os_architecture"))
                    w.uint32(/* id 98, wireType 2 =*/786).string(m.viewer_os_architecture);
                if (m.viewer_user_agent != null && $Object.hasOwnProperty.call(m, "viewer_user_agent"))
                    w.uint32(/* id 99, wireType 2 =*/794).string(m.viewer_user_agent);
                if (m.viewer_user_id != null && $Object.hasOwnProperty.call(m, "viewer_user_id"))
                    w.uint32(/* id 100, wireType 2 =*/802).string(m.viewer_user_id);
                if (m.watch_time != null && $Object.hasOwnProperty.call(m, "watch_time"))
                    w.uint32(/* id 101, wireType 0 =*/808).int32(m.watch_time);
                if (m.watched != null && $Object.hasOwnProperty.call(m, "watched"))
                    w.uint32(/* id 102, wireType 0 =*/816).bool(m.watched);
                if (m.weighted_average_bitrate != null && $Object.hasOwnProperty.call(m, "weighted_average_bitrate"))
                    w.uint32(/* id 103, wireType 1 =*/825).double(m.weighted_average_bitrate);
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type"))
                    w.uint32(/* id 114, wireType 2 =*/914).string(m.stream_type);
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id"))
                    w.uint32(/* id 116, wireType 2 =*/930).string(m.asset_id);
                if (m.live_stream_id != null && $Object.hasOwnProperty.call(m, "live_stream_id"))
                    w.uint32(/* id 117, wireType 2 =*/938).string(m.live_stream_id);
                if (m.playback_id != null && $Object.hasOwnProperty.call(m, "playback_id"))
                    w.uint32(/* id 118, wireType 2 =*/946).string(m.playback_id);
                if (m.live_stream_latency != null && $Object.hasOwnProperty.call(m, "live_stream_latency"))
                    w.uint32(/* id 119, wireType 0 =*/952).int32(m.live_stream_latency);
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id"))
                    w.uint32(/* id 120, wireType 2 =*/962).string(m.environment_id);
                if (m.viewer_device_model != null && $Object.hasOwnProperty.call(m, "viewer_device_model"))
                    w.uint32(/* id 121, wireType 2 =*/970).string(m.viewer_device_model);
                if (m.video_startup_failure != null && $Object.hasOwnProperty.call(m, "video_startup_failure"))
                    w.uint32(/* id 131, wireType 0 =*/1048).bool(m.video_startup_failure);
                if (m.playback_failure_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_failure_error_type_id"))
                    w.uint32(/* id 143, wireType 0 =*/1144).int32(m.playback_failure_error_type_id);
                if (m.playback_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_business_exception_error_type_id"))
                    w.uint32(/* id 144, wireType 0 =*/1152).int32(m.playback_business_exception_error_type_id);
                if (m.video_startup_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "video_startup_business_exception_error_type_id"))
                    w.uint32(/* id 145, wireType 0 =*/1160).int32(m.video_startup_business_exception_error_type_id);
                if (m.playback_failure != null && $Object.hasOwnProperty.call(m, "playback_failure"))
                    w.uint32(/* id 301, wireType 0 =*/2408).bool(m.playback_failure);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VideoView message, length delimited. Does not implicitly {@link qoe.v1.VideoView.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.VideoView
             * @static
             * @param {qoe.v1.VideoView.$Properties} message VideoView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VideoView message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.VideoView
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.VideoView & qoe.v1.VideoView.$Shape} VideoView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoView.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.VideoView();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.view_id = r.string();
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.property_id = r.string();
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.view_start = $root.qoe.v1.Timestamp.decode(r, r.size(), $undefined, q + 1, m.view_start);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.view_end = $root.qoe.v1.Timestamp.decode(r, r.size(), $undefined, q + 1, m.view_end);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.asn = r.int32();
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.browser = r.string();
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.browser_version = r.string();
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.cdn = r.string();
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.city = r.string();
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.continent_code = r.string();
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.country = r.string();
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.country_name = r.string();
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.custom_1 = r.string();
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.custom_2 = r.string();
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.custom_3 = r.string();
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.custom_4 = r.string();
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.custom_5 = r.string();
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            m.error_type = r.int32();
                            continue;
                        }
                    case 20: {
                            if (u !== 0)
                                break;
                            m.exit_before_video_start = r.bool();
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.experiment_name = r.string();
                            continue;
                        }
                    case 22: {
                            if (u !== 1)
                                break;
                            m.latitude = r.double();
                            continue;
                        }
                    case 23: {
                            if (u !== 1)
                                break;
                            m.longitude = r.double();
                            continue;
                        }
                    case 24: {
                            if (u !== 5)
                                break;
                            m.max_downscale_percentage = r.float();
                            continue;
                        }
                    case 25: {
                            if (u !== 5)
                                break;
                            m.max_upscale_percentage = r.float();
                            continue;
                        }
                    case 29: {
                            if (u !== 2)
                                break;
                            m.operating_system = r.string();
                            continue;
                        }
                    case 30: {
                            if (u !== 2)
                                break;
                            m.operating_system_version = r.string();
                            continue;
                        }
                    case 31: {
                            if (u !== 0)
                                break;
                            m.page_load_time = r.int32();
                            continue;
                        }
                    case 32: {
                            if (u !== 2)
                                break;
                            m.page_type = r.string();
                            continue;
                        }
                    case 33: {
                            if (u !== 2)
                                break;
                            m.page_url = r.string();
                            continue;
                        }
                    case 34: {
                            if (u !== 5)
                                break;
                            m.playback_success_score = r.float();
                            continue;
                        }
                    case 35: {
                            if (u !== 0)
                                break;
                            m.player_autoplay = r.bool();
                            continue;
                        }
                    case 36: {
                            if (u !== 2)
                                break;
                            m.player_error_code = r.string();
                            continue;
                        }
                    case 37: {
                            if (u !== 2)
                                break;
                            m.player_error_message = r.string();
                            continue;
                        }
                    case 38: {
                            if (u !== 0)
                                break;
                            m.player_height = r.int32();
                            continue;
                        }
                    case 39: {
                            if (u !== 2)
                                break;
                            m.player_instance_id = r.string();
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            m.player_language = r.string();
                            continue;
                        }
                    case 43: {
                            if (u !== 2)
                                break;
                            m.player_name = r.string();
                            continue;
                        }
                    case 45: {
                            if (u !== 0)
                                break;
                            m.player_preload = r.bool();
                            continue;
                        }
                    case 46: {
                            if (u !== 0)
                                break;
                            m.player_remote_played = r.bool();
                            continue;
                        }
                    case 47: {
                            if (u !== 2)
                                break;
                            m.player_software = r.string();
                            continue;
                        }
                    case 48: {
                            if (u !== 2)
                                break;
                            m.player_software_version = r.string();
                            continue;
                        }
                    case 49: {
                            if (u !== 2)
                                break;
                            m.player_source_domain = r.string();
                            continue;
                        }
                    case 50: {
                            if (u !== 0)
                                break;
                            m.player_source_duration = r.int64();
                            continue;
                        }
                    case 51: {
                            if (u !== 0)
                                break;
                            m.player_source_height = r.int32();
                            continue;
                        }
                    case 52: {
                            if (u !== 2)
                                break;
                            m.player_source_url = r.string();
                            continue;
                        }
                    case 53: {
                            if (u !== 0)
                                break;
                            m.player_source_width = r.int32();
                            continue;
                        }
                    case 54: {
                            if (u !== 0)
                                break;
                            m.player_startup_time = r.int32();
                            continue;
                        }
                    case 55: {
                            if (u !== 2)
                                break;
                            m.player_version = r.string();
                            continue;
                        }
                    case 56: {
                            if (u !== 0)
                                break;
                            m.player_view_count = r.int32();
                            continue;
                        }
                    case 57: {
                            if (u !== 0)
                                break;
                            m.player_width = r.int32();
                            continue;
                        }
                    case 58: {
                            if (u !== 0)
                                break;
                            m.rebuffer_count = r.int32();
                            continue;
                        }
                    case 59: {
                            if (u !== 0)
                                break;
                            m.rebuffer_duration = r.int32();
                            continue;
                        }
                    case 60: {
                            if (u !== 5)
                                break;
                            m.rebuffer_frequency = r.float();
                            continue;
                        }
                    case 61: {
                            if (u !== 5)
                                break;
                            m.rebuffer_percentage = r.float();
                            continue;
                        }
                    case 62: {
                            if (u !== 2)
                                break;
                            m.region = r.string();
                            continue;
                        }
                    case 63: {
                            if (u !== 2)
                                break;
                            m.session_id = r.string();
                            continue;
                        }
                    case 64: {
                            if (u !== 5)
                                break;
                            m.smoothness_score = r.float();
                            continue;
                        }
                    case 65: {
                            if (u !== 2)
                                break;
                            m.source_hostname = r.string();
                            continue;
                        }
                    case 66: {
                            if (u !== 2)
                                break;
                            m.source_type = r.string();
                            continue;
                        }
                    case 67: {
                            if (u !== 5)
                                break;
                            m.startup_time_score = r.float();
                            continue;
                        }
                    case 68: {
                            if (u !== 2)
                                break;
                            m.sub_property_id = r.string();
                            continue;
                        }
                    case 69: {
                            if (u !== 0)
                                break;
                            m.used_fullscreen = r.bool();
                            continue;
                        }
                    case 70: {
                            if (u !== 2)
                                break;
                            m.video_content_type = r.string();
                            continue;
                        }
                    case 71: {
                            if (u !== 0)
                                break;
                            m.video_duration = r.int32();
                            continue;
                        }
                    case 72: {
                            if (u !== 2)
                                break;
                            m.video_encoding_variant = r.string();
                            continue;
                        }
                    case 73: {
                            if (u !== 2)
                                break;
                            m.video_id = r.string();
                            continue;
                        }
                    case 74: {
                            if (u !== 2)
                                break;
                            m.video_language = r.string();
                            continue;
                        }
                    case 75: {
                            if (u !== 2)
                                break;
                            m.video_producer = r.string();
                            continue;
                        }
                    case 76: {
                            if (u !== 5)
                                break;
                            m.video_quality_score = r.float();
                            continue;
                        }
                    case 77: {
                            if (u !== 2)
                                break;
                            m.video_series = r.string();
                            continue;
                        }
                    case 78: {
                            if (u !== 0)
                                break;
                            m.video_startup_time = r.int32();
                            continue;
                        }
                    case 79: {
                            if (u !== 2)
                                break;
                            m.video_title = r.string();
                            continue;
                        }
                    case 80: {
                            if (u !== 2)
                                break;
                            m.video_variant_id = r.string();
                            continue;
                        }
                    case 81: {
                            if (u !== 2)
                                break;
                            m.video_variant_name = r.string();
                            continue;
                        }
                    case 82: {
                            if (u !== 5)
                                break;
                            m.view_downscaling_percentage = r.float();
                            continue;
                        }
                    case 83: {
                            if (u !== 0)
                                break;
                            m.view_max_playhead_position = r.int64();
                            continue;
                        }
                    case 84: {
                            if (u !== 0)
                                break;
                            m.view_playing_time = r.int64();
                            continue;
                        }
                    case 85: {
                            if (u !== 0)
                                break;
                            m.view_seek_count = r.int32();
                            continue;
                        }
                    case 86: {
                            if (u !== 0)
                                break;
                            m.view_seek_duration = r.int32();
                            continue;
                        }
                    case 87: {
                            if (u !== 2)
                                break;
                            m.view_session_id = r.string();
                            continue;
                        }
                    case 88: {
                            if (u !== 0)
                                break;
                            m.view_total_content_playback_time = r.int32();
                            continue;
                        }
                    case 89: {
                            if (u !== 5)
                                break;
                            m.view_total_downscaling = r.float();
                            continue;
                        }
                    case 90: {
                            if (u !== 5)
                                break;
                            m.view_total_upscaling = r.float();
                            continue;
                        }
                    case 91: {
                            if (u !== 5)
                                break;
                            m.view_upscaling_percentage = r.float();
                            continue;
                        }
                    case 92: {
                            if (u !== 2)
                                break;
                            m.viewer_application_engine = r.string();
                            continue;
                        }
                    case 93: {
                            if (u !== 2)
                                break;
                            m.viewer_connection_type = r.string();
                            continue;
                        }
                    case 94: {
                            if (u !== 2)
                                break;
                            m.viewer_device_category = r.string();
                            continue;
                        }
                    case 95: {
                            if (u !== 2)
                                break;
                            m.viewer_device_manufacturer = r.string();
                            continue;
                        }
                    case 96: {
                            if (u !== 2)
                                break;
                            m.viewer_device_name = r.string();
                            continue;
                        }
                    case 97: {
                            if (u !== 5)
                                break;
                            m.viewer_experience_score = r.float();
                            continue;
                        }
                    case 98: {
                            if (u !== 2)
                                break;
                            m.viewer_os_architecture = r.string();
                            continue;
                        }
                    case 99: {
                            if (u !== 2)
                                break;
                            m.viewer_user_agent = r.string();
                            continue;
                        }
                    case 100: {
                            if (u !== 2)
                                break;
                            m.viewer_user_id = r.string();
                            continue;
                        }
                    case 101: {
                            if (u !== 0)
                                break;
                            m.watch_time = r.int32();
                            continue;
                        }
                    case 102: {
                            if (u !== 0)
                                break;
                            m.watched = r.bool();
                            continue;
                        }
                    case 103: {
                            if (u !== 1)
                                break;
                            m.weighted_average_bitrate = r.double();
                            continue;
                        }
                    case 114: {
                            if (u !== 2)
                                break;
                            m.stream_type = r.string();
                            continue;
                        }
                    case 116: {
                            if (u !== 2)
                                break;
                            m.asset_id = r.string();
                            continue;
                        }
                    case 117: {
                            if (u !== 2)
                                break;
                            m.live_stream_id = r.string();
                            continue;
                        }
                    case 118: {
                            if (u !== 2)
                                break;
                            m.playback_id = r.string();
                            continue;
                        }
                    case 119: {
                            if (u !== 0)
                                break;
                            m.live_stream_latency = r.int32();
                            continue;
                        }
                    case 120: {
                            if (u !== 2)
                                break;
                            m.environment_id = r.string();
                            continue;
                        }
                    case 121: {
                            if (u !== 2)
                                break;
                            m.viewer_device_model = r.string();
                            continue;
                        }
                    case 131: {
                            if (u !== 0)
                                break;
                            m.video_startup_failure = r.bool();
                            continue;
                        }
                    case 143: {
                            if (u !== 0)
                                break;
                            m.playback_failure_error_type_id = r.int32();
                            continue;
                        }
                    case 144: {
                            if (u !== 0)
                                break;
                            m.playback_business_exception_error_type_id = r.int32();
                            continue;
                        }
                    case 145: {
                            if (u !== 0)
                                break;
                            m.video_startup_business_exception_error_type_id = r.int32();
                            continue;
                        }
                    case 301: {
                            if (u !== 0)
                                break;
                            m.playback_failure = r.bool();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a VideoView message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.VideoView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.VideoView & qoe.v1.VideoView.$Shape} VideoView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VideoView message.
             * @function verify
             * @memberof qoe.v1.VideoView
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoView.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.view_id != null && $Object.hasOwnProperty.call(m, "view_id")) {
                    if (!$util.isString(m.view_id))
                        return "view_id: string expected";
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    if (!$util.isString(m.property_id))
                        return "property_id: string expected";
                }
                if (m.view_start != null && $Object.hasOwnProperty.call(m, "view_start")) {
                    {
                        var e = $root.qoe.v1.Timestamp.verify(m.view_start, q + 1);
                        if (e)
                            return "view_start." + e;
                    }
                }
                if (m.view_end != null && $Object.hasOwnProperty.call(m, "view_end")) {
                    {
                        var e = $root.qoe.v1.Timestamp.verify(m.view_end, q + 1);
                        if (e)
                            return "view_end." + e;
                    }
                }
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn")) {
                    if (!$util.isInteger(m.asn))
                        return "asn: integer expected";
                }
                if (m.browser != null && $Object.hasOwnProperty.call(m, "browser")) {
                    if (!$util.isString(m.browser))
                        return "browser: string expected";
                }
                if (m.browser_version != null && $Object.hasOwnProperty.call(m, "browser_version")) {
                    if (!$util.isString(m.browser_version))
                        return "browser_version: string expected";
                }
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn")) {
                    if (!$util.isString(m.cdn))
                        return "cdn: string expected";
                }
                if (m.city != null && $Object.hasOwnProperty.call(m, "city")) {
                    if (!$util.isString(m.city))
                        return "city: string expected";
                }
                if (m.continent_code != null && $Object.hasOwnProperty.call(m, "continent_code")) {
                    if (!$util.isString(m.continent_code))
                        return "continent_code: string expected";
                }
                if (m.country != null && $Object.hasOwnProperty.call(m, "country")) {
                    if (!$util.isString(m.country))
                        return "country: string expected";
                }
                if (m.country_name != null && $Object.hasOwnProperty.call(m, "country_name")) {
                    if (!$util.isString(m.country_name))
                        return "country_name: string expected";
                }
                if (m.custom_1 != null && $Object.hasOwnProperty.call(m, "custom_1")) {
                    if (!$util.isString(m.custom_1))
                        return "custom_1: string expected";
                }
                if (m.custom_2 != null && $Object.hasOwnProperty.call(m, "custom_2")) {
                    if (!$util.isString(m.custom_2))
                        return "custom_2: string expected";
                }
                if (m.custom_3 != null && $Object.hasOwnProperty.call(m, "custom_3")) {
                    if (!$util.isString(m.custom_3))
                        return "custom_3: string expected";
                }
                if (m.custom_4 != null && $Object.hasOwnProperty.call(m, "custom_4")) {
                    if (!$util.isString(m.custom_4))
                        return "custom_4: string expected";
                }
                if (m.custom_5 != null && $Object.hasOwnProperty.call(m, "custom_5")) {
                    if (!$util.isString(m.custom_5))
                        return "custom_5: string expected";
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    if (!$util.isInteger(m.error_type))
                        return "error_type: integer expected";
                }
                if (m.exit_before_video_start != null && $Object.hasOwnProperty.call(m, "exit_before_video_start")) {
                    if (typeof m.exit_before_video_start !== "boolean")
                        return "exit_before_video_start: boolean expected";
                }
                if (m.experiment_name != null && $Object.hasOwnProperty.call(m, "experiment_name")) {
                    if (!$util.isString(m.experiment_name))
                        return "experiment_name: string expected";
                }
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude")) {
                    if (typeof m.latitude !== "number")
                        return "latitude: number expected";
                }
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude")) {
                    if (typeof m.longitude !== "number")
                        return "longitude: number expected";
                }
                if (m.max_downscale_percentage != null && $Object.hasOwnProperty.call(m, "max_downscale_percentage")) {
                    if (typeof m.max_downscale_percentage !== "number")
                        return "max_downscale_percentage: number expected";
                }
                if (m.max_upscale_percentage != null && $Object.hasOwnProperty.call(m, "max_upscale_percentage")) {
                    if (typeof m.max_upscale_percentage !== "number")
                        return "max_upscale_percentage: number expected";
                }
                if (m.operating_system != null && $Object.hasOwnProperty.call(m, "operating_system")) {
                    if (!$util.isString(m.operating_system))
                        return "operating_system: string expected";
                }
                if (m.operating_system_version != null && $Object.hasOwnProperty.call(m, "operating_system_version")) {
                    if (!$util.isString(m.operating_system_version))
                        return "operating_system_version: string expected";
                }
                if (m.page_load_time != null && $Object.hasOwnProperty.call(m, "page_load_time")) {
                    if (!$util.isInteger(m.page_load_time))
                        return "page_load_time: integer expected";
                }
                if (m.page_type != null && $Object.hasOwnProperty.call(m, "page_type")) {
                    if (!$util.isString(m.page_type))
                        return "page_type: string expected";
                }
                if (m.page_url != null && $Object.hasOwnProperty.call(m, "page_url")) {
                    if (!$util.isString(m.page_url))
                        return "page_url: string expected";
                }
                if (m.playback_success_score != null && $Object.hasOwnProperty.call(m, "playback_success_score")) {
                    if (typeof m.playback_success_score !== "number")
                        return "playback_success_score: number expected";
                }
                if (m.player_autoplay != null && $Object.hasOwnProperty.call(m, "player_autoplay")) {
                    if (typeof m.player_autoplay !== "boolean")
                        return "player_autoplay: boolean expected";
                }
                if (m.player_error_code != null && $Object.hasOwnProperty.call(m, "player_error_code")) {
                    if (!$util.isString(m.player_error_code))
                        return "player_error_code: string expected";
                }
                if (m.player_error_message != null && $Object.hasOwnProperty.call(m, "player_error_message")) {
                    if (!$util.isString(m.player_error_message))
                        return "player_error_message: string expected";
                }
                if (m.player_height != null && $Object.hasOwnProperty.call(m, "player_height")) {
                    if (!$util.isInteger(m.player_height))
                        return "player_height: integer expected";
                }
                if (m.player_instance_id != null && $Object.hasOwnProperty.call(m, "player_instance_id")) {
                    if (!$util.isString(m.player_instance_id))
                        return "player_instance_id: string expected";
                }
                if (m.player_language != null && $Object.hasOwnProperty.call(m, "player_language")) {
                    if (!$util.isString(m.player_language))
                        return "player_language: string expected";
                }
                if (m.player_name != null && $Object.hasOwnProperty.call(m, "player_name")) {
                    if (!$util.isString(m.player_name))
                        return "player_name: string expected";
                }
                if (m.player_preload != null && $Object.hasOwnProperty.call(m, "player_preload")) {
                    if (typeof m.player_preload !== "boolean")
                        return "player_preload: boolean expected";
                }
                if (m.player_remote_played != null && $Object.hasOwnProperty.call(m, "player_remote_played")) {
                    if (typeof m.player_remote_played !== "boolean")
                        return "player_remote_played: boolean expected";
                }
                if (m.player_software != null && $Object.hasOwnProperty.call(m, "player_software")) {
                    if (!$util.isString(m.player_software))
                        return "player_software: string expected";
                }
                if (m.player_software_version != null && $Object.hasOwnProperty.call(m, "player_software_version")) {
                    if (!$util.isString(m.player_software_version))
                        return "player_software_version: string expected";
                }
                if (m.player_source_domain != null && $Object.hasOwnProperty.call(m, "player_source_domain")) {
                    if (!$util.isString(m.player_source_domain))
                        return "player_source_domain: string expected";
                }
                if (m.player_source_duration != null && $Object.hasOwnProperty.call(m, "player_source_duration")) {
                    if (!$util.isInteger(m.player_source_duration) && !(m.player_source_duration && $util.isInteger(m.player_source_duration.low) && $util.isInteger(m.player_source_duration.high)))
                        return "player_source_duration: integer|Long expected";
                }
                if (m.player_source_height != null && $Object.hasOwnProperty.call(m, "player_source_height")) {
                    if (!$util.isInteger(m.player_source_height))
                        return "player_source_height: integer expected";
                }
                if (m.player_source_url != null && $Object.hasOwnProperty.call(m, "player_source_url")) {
                    if (!$util.isString(m.player_source_url))
                        return "player_source_url: string expected";
                }
                if (m.player_source_width != null && $Object.hasOwnProperty.call(m, "player_source_width")) {
                    if (!$util.isInteger(m.player_source_width))
                        return "player_source_width: integer expected";
                }
                if (m.player_startup_time != null && $Object.hasOwnProperty.call(m, "player_startup_time")) {
                    if (!$util.isInteger(m.player_startup_time))
                        return "player_startup_time: integer expected";
                }
                if (m.player_version != null && $Object.hasOwnProperty.call(m, "player_version")) {
                    if (!$util.isString(m.player_version))
                        return "player_version: string expected";
                }
                if (m.player_view_count != null && $Object.hasOwnProperty.call(m, "player_view_count")) {
                    if (!$util.isInteger(m.player_view_count))
                        return "player_view_count: integer expected";
                }
                if (m.player_width != null && $Object.hasOwnProperty.call(m, "player_width")) {
                    if (!$util.isInteger(m.player_width))
                        return "player_width: integer expected";
                }
                if (m.rebuffer_count != null && $Object.hasOwnProperty.call(m, "rebuffer_count")) {
                    if (!$util.isInteger(m.rebuffer_count))
                        return "rebuffer_count: integer expected";
                }
                if (m.rebuffer_duration != null && $Object.hasOwnProperty.call(m, "rebuffer_duration")) {
                    if (!$util.isInteger(m.rebuffer_duration))
                        return "rebuffer_duration: integer expected";
                }
                if (m.rebuffer_frequency != null && $Object.hasOwnProperty.call(m, "rebuffer_frequency")) {
                    if (typeof m.rebuffer_frequency !== "number")
                        return "rebuffer_frequency: number expected";
                }
                if (m.rebuffer_percentage != null && $Object.hasOwnProperty.call(m, "rebuffer_percentage")) {
                    if (typeof m.rebuffer_percentage !== "number")
                        return "rebuffer_percentage: number expected";
                }
                if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                    if (!$util.isString(m.region))
                        return "region: string expected";
                }
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id")) {
                    if (!$util.isString(m.session_id))
                        return "session_id: string expected";
                }
                if (m.smoothness_score != null && $Object.hasOwnProperty.call(m, "smoothness_score")) {
                    if (typeof m.smoothness_score !== "number")
                        return "smoothness_score: number expected";
                }
                if (m.source_hostname != null && $Object.hasOwnProperty.call(m, "source_hostname")) {
                    if (!$util.isString(m.source_hostname))
                        return "source_hostname: string expected";
                }
                if (m.source_type != null && $Object.hasOwnProperty.call(m, "source_type")) {
                    if (!$util.isString(m.source_type))
                        return "source_type: string expected";
                }
                if (m.startup_time_score != null && $Object.hasOwnProperty.call(m, "startup_time_score")) {
                    if (typeof m.startup_time_score !== "number")
                        return "startup_time_score: number expected";
                }
                if (m.sub_property_id != null && $Object.hasOwnProperty.call(m, "sub_property_id")) {
                    if (!$util.isString(m.sub_property_id))
                        return "sub_property_id: string expected";
                }
                if (m.used_fullscreen != null && $Object.hasOwnProperty.call(m, "used_fullscreen")) {
                    if (typeof m.used_fullscreen !== "boolean")
                        return "used_fullscreen: boolean expected";
                }
                if (m.video_content_type != null && $Object.hasOwnProperty.call(m, "video_content_type")) {
                    if (!$util.isString(m.video_content_type))
                        return "video_content_type: string expected";
                }
                if (m.video_duration != null && $Object.hasOwnProperty.call(m, "video_duration")) {
                    if (!$util.isInteger(m.video_duration))
                        return "video_duration: integer expected";
                }
                if (m.video_encoding_variant != null && $Object.hasOwnProperty.call(m, "video_encoding_variant")) {
                    if (!$util.isString(m.video_encoding_variant))
                        return "video_encoding_variant: string expected";
                }
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id")) {
                    if (!$util.isString(m.video_id))
                        return "video_id: string expected";
                }
                if (m.video_language != null && $Object.hasOwnProperty.call(m, "video_language")) {
                    if (!$util.isString(m.video_language))
                        return "video_language: string expected";
                }
                if (m.video_producer != null && $Object.hasOwnProperty.call(m, "video_producer")) {
                    if (!$util.isString(m.video_producer))
                        return "video_producer: string expected";
                }
                if (m.video_quality_score != null && $Object.hasOwnProperty.call(m, "video_quality_score")) {
                    if (typeof m.video_quality_score !== "number")
                        return "video_quality_score: number expected";
                }
                if (m.video_series != null && $Object.hasOwnProperty.call(m, "video_series")) {
                    if (!$util.isString(m.video_series))
                        return "video_series: string expected";
                }
                if (m.video_startup_time != null && $Object.hasOwnProperty.call(m, "video_startup_time")) {
                    if (!$util.isInteger(m.video_startup_time))
                        return "video_startup_time: integer expected";
                }
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title")) {
                    if (!$util.isString(m.video_title))
                        return "video_title: string expected";
                }
                if (m.video_variant_id != null && $Object.hasOwnProperty.call(m, "video_variant_id")) {
                    if (!$util.isString(m.video_variant_id))
                        return "video_variant_id: string expected";
                }
                if (m.video_variant_name != null && $Object.hasOwnProperty.call(m, "video_variant_name")) {
                    if (!$util.isString(m.video_variant_name))
                        return "video_variant_name: string expected";
                }
                if (m.view_downscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_downscaling_percentage")) {
                    if (typeof m.view_downscaling_percentage !== "number")
                        return "view_downscaling_percentage: number expected";
                }
                if (m.view_max_playhead_position != null && $Object.hasOwnProperty.call(m, "view_max_playhead_position")) {
                    if (!$util.isInteger(m.view_max_playhead_position) && !(m.view_max_playhead_position && $util.isInteger(m.view_max_playhead_position.low) && $util.isInteger(m.view_max_playhead_position.high)))
                        return "view_max_playhead_position: integer|Long expected";
                }
                if (m.view_playing_time != null && $Object.hasOwnProperty.call(m, "view_playing_time")) {
                    if (!$util.isInteger(m.view_playing_time) && !(m.view_playing_time && $util.isInteger(m.view_playing_time.low) && $util.isInteger(m.view_playing_time.high)))
                        return "view_playing_time: integer|Long expected";
                }
                if (m.view_seek_count != null && $Object.hasOwnProperty.call(m, "view_seek_count")) {
                    if (!$util.isInteger(m.view_seek_count))
                        return "view_seek_count: integer expected";
                }
                if (m.view_seek_duration != null && $Object.hasOwnProperty.call(m, "view_seek_duration")) {
                    if (!$util.isInteger(m.view_seek_duration))
                        return "view_seek_duration: integer expected";
                }
                if (m.view_session_id != null && $Object.hasOwnProperty.call(m, "view_session_id")) {
                    if (!$util.isString(m.view_session_id))
                        return "view_session_id: string expected";
                }
                if (m.view_total_content_playback_time != null && $Object.hasOwnProperty.call(m, "view_total_content_playback_time")) {
                    if (!$util.isInteger(m.view_total_content_playback_time))
                        return "view_total_content_playback_time: integer expected";
                }
                if (m.view_total_downscaling != null && $Object.hasOwnProperty.call(m, "view_total_downscaling")) {
                    if (typeof m.view_total_downscaling !== "number")
                        return "view_total_downscaling: number expected";
                }
                if (m.view_total_upscaling != null && $Object.hasOwnProperty.call(m, "view_total_upscaling")) {
                    if (typeof m.view_total_upscaling !== "number")
                        return "view_total_upscaling: number expected";
                }
                if (m.view_upscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_upscaling_percentage")) {
                    if (typeof m.view_upscaling_percentage !== "number")
                        return "view_upscaling_percentage: number expected";
                }
                if (m.viewer_application_engine != null && $Object.hasOwnProperty.call(m, "viewer_application_engine")) {
                    if (!$util.isString(m.viewer_application_engine))
                        return "viewer_application_engine: string expected";
                }
                if (m.viewer_connection_type != null && $Object.hasOwnProperty.call(m, "viewer_connection_type")) {
                    if (!$util.isString(m.viewer_connection_type))
                        return "viewer_connection_type: string expected";
                }
                if (m.viewer_device_category != null && $Object.hasOwnProperty.call(m, "viewer_device_category")) {
                    if (!$util.isString(m.viewer_device_category))
                        return "viewer_device_category: string expected";
                }
                if (m.viewer_device_manufacturer != null && $Object.hasOwnProperty.call(m, "viewer_device_manufacturer")) {
                    if (!$util.isString(m.viewer_device_manufacturer))
                        return "viewer_device_manufacturer: string expected";
                }
                if (m.viewer_device_name != null && $Object.hasOwnProperty.call(m, "viewer_device_name")) {
                    if (!$util.isString(m.viewer_device_name))
                        return "viewer_device_name: string expected";
                }
                if (m.viewer_experience_score != null && $Object.hasOwnProperty.call(m, "viewer_experience_score")) {
                    if (typeof m.viewer_experience_score !== "number")
                        return "viewer_experience_score: number expected";
                }
                if (m.viewer_os_architecture != null && $Object.hasOwnProperty.call(m, "viewer_os_architecture")) {
                    if (!$util.isString(m.viewer_os_architecture))
                        return "viewer_os_architecture: string expected";
                }
                if (m.viewer_user_agent != null && $Object.hasOwnProperty.call(m, "viewer_user_agent")) {
                    if (!$util.isString(m.viewer_user_agent))
                        return "viewer_user_agent: string expected";
                }
                if (m.viewer_user_id != null && $Object.hasOwnProperty.call(m, "viewer_user_id")) {
                    if (!$util.isString(m.viewer_user_id))
                        return "viewer_user_id: string expected";
                }
                if (m.watch_time != null && $Object.hasOwnProperty.call(m, "watch_time")) {
                    if (!$util.isInteger(m.watch_time))
                        return "watch_time: integer expected";
                }
                if (m.watched != null && $Object.hasOwnProperty.call(m, "watched")) {
                    if (typeof m.watched !== "boolean")
                        return "watched: boolean expected";
                }
                if (m.weighted_average_bitrate != null && $Object.hasOwnProperty.call(m, "weighted_average_bitrate")) {
                    if (typeof m.weighted_average_bitrate !== "number")
                        return "weighted_average_bitrate: number expected";
                }
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type")) {
                    if (!$util.isString(m.stream_type))
                        return "stream_type: string expected";
                }
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id")) {
                    if (!$util.isString(m.asset_id))
                        return "asset_id: string expected";
                }
                if (m.live_stream_id != null && $Object.hasOwnProperty.call(m, "live_stream_id")) {
                    if (!$util.isString(m.live_stream_id))
                        return "live_stream_id: string expected";
                }
                if (m.playback_id != null && $Object.hasOwnProperty.call(m, "playback_id")) {
                    if (!$util.isString(m.playback_id))
                        return "playback_id: string expected";
                }
                if (m.live_stream_latency != null && $Object.hasOwnProperty.call(m, "live_stream_latency")) {
                    if (!$util.isInteger(m.live_stream_latency))
                        return "live_stream_latency: integer expected";
                }
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id")) {
                    if (!$util.isString(m.environment_id))
                        return "environment_id: string expected";
                }
                if (m.viewer_device_model != null && $Object.hasOwnProperty.call(m, "viewer_device_model")) {
                    if (!$util.isString(m.viewer_device_model))
                        return "viewer_device_model: string expected";
                }
                if (m.video_startup_failure != null && $Object.hasOwnProperty.call(m, "video_startup_failure")) {
                    if (typeof m.video_startup_failure !== "boolean")
                        return "video_startup_failure: boolean expected";
                }
                if (m.playback_failure_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_failure_error_type_id")) {
                    if (!$util.isInteger(m.playback_failure_error_type_id))
                        return "playback_failure_error_type_id: integer expected";
                }
                if (m.playback_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_business_exception_error_type_id")) {
                    if (!$util.isInteger(m.playback_business_exception_error_type_id))
                        return "playback_business_exception_error_type_id: integer expected";
                }
                if (m.video_startup_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "video_startup_business_exception_error_type_id")) {
                    if (!$util.isInteger(m.video_startup_business_exception_error_type_id))
                        return "video_startup_business_exception_error_type_id: integer expected";
                }
                if (m.playback_failure != null && $Object.hasOwnProperty.call(m, "playback_failure")) {
                    if (typeof m.playback_failure !== "boolean")
                        return "playback_failure: boolean expected";
                }
                return null;
            };

            /**
             * Creates a VideoView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.VideoView
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.VideoView} VideoView
             */
            VideoView.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.VideoView)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.VideoView: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.VideoView();
                if (d.view_id != null) {
                    m.view_id = $String(d.view_id);
                }
                if (d.property_id != null) {
                    m.property_id = $String(d.property_id);
                }
                if (d.view_start != null) {
                    if (!$util.isObject(d.view_start))
                        throw $TypeError(".qoe.v1.VideoView.view_start: object expected");
                    m.view_start = $root.qoe.v1.Timestamp.fromObject(d.view_start, q + 1);
                }
                if (d.view_end != null) {
                    if (!$util.isObject(d.view_end))
                        throw $TypeError(".qoe.v1.VideoView.view_end: object expected");
                    m.view_end = $root.qoe.v1.Timestamp.fromObject(d.view_end, q + 1);
                }
                if (d.asn != null) {
                    m.asn = d.asn | 0;
                }
                if (d.browser != null) {
                    m.browser = $String(d.browser);
                }
                if (d.browser_version != null) {
                    m.browser_version = $String(d.browser_version);
                }
                if (d.cdn != null) {
                    m.cdn = $String(d.cdn);
                }
                if (d.city != null) {
                    m.city = $String(d.city);
                }
                if (d.continent_code != null) {
                    m.continent_code = $String(d.continent_code);
                }
                if (d.country != null) {
                    m.country = $String(d.country);
                }
                if (d.country_name != null) {
                    m.country_name = $String(d.country_name);
                }
                if (d.custom_1 != null) {
                    m.custom_1 = $String(d.custom_1);
                }
                if (d.custom_2 != null) {
                    m.custom_2 = $String(d.custom_2);
                }
                if (d.custom_3 != null) {
                    m.custom_3 = $String(d.custom_3);
                }
                if (d.custom_4 != null) {
                    m.custom_4 = $String(d.custom_4);
                }
                if (d.custom_5 != null) {
                    m.custom_5 = $String(d.custom_5);
                }
                if (d.error_type != null) {
                    m.error_type = d.error_type | 0;
                }
                if (d.exit_before_video_start != null) {
                    m.exit_before_video_start = $Boolean(d.exit_before_video_start);
                }
                if (d.experiment_name != null) {
                    m.experiment_name = $String(d.experiment_name);
                }
                if (d.latitude != null) {
                    m.latitude = $Number(d.latitude);
                }
                if (d.longitude != null) {
                    m.longitude = $Number(d.longitude);
                }
                if (d.max_downscale_percentage != null) {
                    m.max_downscale_percentage = $Number(d.max_downscale_percentage);
                }
                if (d.max_upscale_percentage != null) {
                    m.max_upscale_percentage = $Number(d.max_upscale_percentage);
                }
                if (d.operating_system != null) {
                    m.operating_system = $String(d.operating_system);
                }
                if (d.operating_system_version != null) {
                    m.operating_system_version = $String(d.operating_system_version);
                }
                if (d.page_load_time != null) {
                    m.page_load_time = d.page_load_time | 0;
                }
                if (d.page_type != null) {
                    m.page_type = $String(d.page_type);
                }
                if (d.page_url != null) {
                    m.page_url = $String(d.page_url);
                }
                if (d.playback_success_score != null) {
                    m.playback_success_score = $Number(d.playback_success_score);
                }
                if (d.player_autoplay != null) {
                    m.player_autoplay = $Boolean(d.player_autoplay);
                }
                if (d.player_error_code != null) {
                    m.player_error_code = $String(d.player_error_code);
                }
                if (d.player_error_message != null) {
                    m.player_error_message = $String(d.player_error_message);
                }
                if (d.player_height != null) {
                    m.player_height = d.player_height | 0;
                }
                if (d.player_instance_id != null) {
                    m.player_instance_id = $String(d.player_instance_id);
                }
                if (d.player_language != null) {
                    m.player_language = $String(d.player_language);
                }
                if (d.player_name != null) {
                    m.player_name = $String(d.player_name);
                }
                if (d.player_preload != null) {
                    m.player_preload = $Boolean(d.player_preload);
                }
                if (d.player_remote_played != null) {
                    m.player_remote_played = $Boolean(d.player_remote_played);
                }
                if (d.player_software != null) {
                    m.player_software = $String(d.player_software);
                }
                if (d.player_software_version != null) {
                    m.player_software_version = $String(d.player_software_version);
                }
                if (d.player_source_domain != null) {
                    m.player_source_domain = $String(d.player_source_domain);
                }
                if (d.player_source_duration != null) {
                    if ($util.Long)
                        m.player_source_duration = $util.Long.fromValue(d.player_source_duration, false);
                    else if (typeof d.player_source_duration === "string")
                        m.player_source_duration = $parseInt(d.player_source_duration, 10);
                    else if (typeof d.player_source_duration === "number")
                        m.player_source_duration = d.player_source_duration;
                    else if (typeof d.player_source_duration === "object")
                        m.player_source_duration = new $util.LongBits(d.player_source_duration.low >>> 0, d.player_source_duration.high >>> 0).toNumber();
                }
                if (d.player_source_height != null) {
                    m.player_source_height = d.player_source_height | 0;
                }
                if (d.player_source_url != null) {
                    m.player_source_url = $String(d.player_source_url);
                }
                if (d.player_source_width != null) {
                    m.player_source_width = d.player_source_width | 0;
                }
                if (d.player_startup_time != null) {
                    m.player_startup_time = d.player_startup_time | 0;
                }
                if (d.player_version != null) {
                    m.player_version = $String(d.player_version);
                }
                if (d.player_view_count != null) {
                    m.player_view_count = d.player_view_count | 0;
                }
                if (d.player_width != null) {
                    m.player_width = d.player_width | 0;
                }
                if (d.rebuffer_count != null) {
                    m.rebuffer_count = d.rebuffer_count | 0;
                }
                if (d.rebuffer_duration != null) {
                    m.rebuffer_duration = d.rebuffer_duration | 0;
                }
                if (d.rebuffer_frequency != null) {
                    m.rebuffer_frequency = $Number(d.rebuffer_frequency);
                }
                if (d.rebuffer_percentage != null) {
                    m.rebuffer_percentage = $Number(d.rebuffer_percentage);
                }
                if (d.region != null) {
                    m.region = $String(d.region);
                }
                if (d.session_id != null) {
                    m.session_id = $String(d.session_id);
                }
                if (d.smoothness_score != null) {
                    m.smoothness_score = $Number(d.smoothness_score);
                }
                if (d.source_hostname != null) {
                    m.source_hostname = $String(d.source_hostname);
                }
                if (d.source_type != null) {
                    m.source_type = $String(d.source_type);
                }
                if (d.startup_time_score != null) {
                    m.startup_time_score = $Number(d.startup_time_score);
                }
                if (d.sub_property_id != null) {
                    m.sub_property_id = $String(d.sub_property_id);
                }
                if (d.used_fullscreen != null) {
                    m.used_fullscreen = $Boolean(d.used_fullscreen);
                }
                if (d.video_content_type != null) {
                    m.video_content_type = $String(d.video_content_type);
                }
                if (d.video_duration != null) {
                    m.video_duration = d.video_duration | 0;
                }
                if (d.video_encoding_variant != null) {
                    m.video_encoding_variant = $String(d.video_encoding_variant);
                }
                if (d.video_id != null) {
                    m.video_id = $String(d.video_id);
                }
                if (d.video_language != null) {
                    m.video_language = $String(d.video_language);
                }
                if (d.video_producer != null) {
                    m.video_producer = $String(d.video_producer);
                }
                if (d.video_quality_score != null) {
                    m.video_quality_score = $Number(d.video_quality_score);
                }
                if (d.video_series != null) {
                    m.video_series = $String(d.video_series);
                }
                if (d.video_startup_time != null) {
                    m.video_startup_time = d.video_startup_time | 0;
                }
                if (d.video_title != null) {
                    m.video_title = $String(d.video_title);
                }
                if (d.video_variant_id != null) {
                    m.video_variant_id = $String(d.video_variant_id);
                }
                if (d.video_variant_name != null) {
                    m.video_variant_name = $String(d.video_variant_name);
                }
                if (d.view_downscaling_percentage != null) {
                    m.view_downscaling_percentage = $Number(d.view_downscaling_percentage);
                }
                if (d.view_max_playhead_position != null) {
                    if ($util.Long)
                        m.view_max_playhead_position = $util.Long.fromValue(d.view_max_playhead_position, false);
                    else if (typeof d.view_max_playhead_position === "string")
                        m.view_max_playhead_position = $parseInt(d.view_max_playhead_position, 10);
                    else if (typeof d.view_max_playhead_position === "number")
                        m.view_max_playhead_position = d.view_max_playhead_position;
                    else if (typeof d.view_max_playhead_position === "object")
                        m.view_max_playhead_position = new $util.LongBits(d.view_max_playhead_position.low >>> 0, d.view_max_playhead_position.high >>> 0).toNumber();
                }
                if (d.view_playing_time != null) {
                    if ($util.Long)
                        m.view_playing_time = $util.Long.fromValue(d.view_playing_time, false);
                    else if (typeof d.view_playing_time === "string")
                        m.view_playing_time = $parseInt(d.view_playing_time, 10);
                    else if (typeof d.view_playing_time === "number")
                        m.view_playing_time = d.view_playing_time;
                    else if (typeof d.view_playing_time === "object")
                        m.view_playing_time = new $util.LongBits(d.view_playing_time.low >>> 0, d.view_playing_time.high >>> 0).toNumber();
                }
                if (d.view_seek_count != null) {
                    m.view_seek_count = d.view_seek_count | 0;
                }
                if (d.view_seek_duration != null) {
                    m.view_seek_duration = d.view_seek_duration | 0;
                }
                if (d.view_session_id != null) {
                    m.view_session_id = $String(d.view_session_id);
                }
                if (d.view_total_content_playback_time != null) {
                    m.view_total_content_playback_time = d.view_total_content_playback_time | 0;
                }
                if (d.view_total_downscaling != null) {
                    m.view_total_downscaling = $Number(d.view_total_downscaling);
                }
                if (d.view_total_upscaling != null) {
                    m.view_total_upscaling = $Number(d.view_total_upscaling);
                }
                if (d.view_upscaling_percentage != null) {
                    m.view_upscaling_percentage = $Number(d.view_upscaling_percentage);
                }
                if (d.viewer_application_engine != null) {
                    m.viewer_application_engine = $String(d.viewer_application_engine);
                }
                if (d.viewer_connection_type != null) {
                    m.viewer_connection_type = $String(d.viewer_connection_type);
                }
                if (d.viewer_device_category != null) {
                    m.viewer_device_category = $String(d.viewer_device_category);
                }
                if (d.viewer_device_manufacturer != null) {
                    m.viewer_device_manufacturer = $String(d.viewer_device_manufacturer);
                }
                if (d.viewer_device_name != null) {
                    m.viewer_device_name = $String(d.viewer_device_name);
                }
                if (d.viewer_experience_score != null) {
                    m.viewer_experience_score = $Number(d.viewer_experience_score);
                }
                if (d.viewer_os_architecture != null) {
                    m.viewer_os_architecture = $String(d.viewer_os_architecture);
                }
                if (d.viewer_user_agent != null) {
                    m.viewer_user_agent = $String(d.viewer_user_agent);
                }
                if (d.viewer_user_id != null) {
                    m.viewer_user_id = $String(d.viewer_user_id);
                }
                if (d.watch_time != null) {
                    m.watch_time = d.watch_time | 0;
                }
                if (d.watched != null) {
                    m.watched = $Boolean(d.watched);
                }
                if (d.weighted_average_bitrate != null) {
                    m.weighted_average_bitrate = $Number(d.weighted_average_bitrate);
                }
                if (d.stream_type != null) {
                    m.stream_type = $String(d.stream_type);
                }
                if (d.asset_id != null) {
                    m.asset_id = $String(d.asset_id);
                }
                if (d.live_stream_id != null) {
                    m.live_stream_id = $String(d.live_stream_id);
                }
                if (d.playback_id != null) {
                    m.playback_id = $String(d.playback_id);
                }
                if (d.live_stream_latency != null) {
                    m.live_stream_latency = d.live_stream_latency | 0;
                }
                if (d.environment_id != null) {
                    m.environment_id = $String(d.environment_id);
                }
                if (d.viewer_device_model != null) {
                    m.viewer_device_model = $String(d.viewer_device_model);
                }
                if (d.video_startup_failure != null) {
                    m.video_startup_failure = $Boolean(d.video_startup_failure);
                }
                if (d.playback_failure_error_type_id != null) {
                    m.playback_failure_error_type_id = d.playback_failure_error_type_id | 0;
                }
                if (d.playback_business_exception_error_type_id != null) {
                    m.playback_business_exception_error_type_id = d.playback_business_exception_error_type_id | 0;
                }
                if (d.video_startup_business_exception_error_type_id != null) {
                    m.video_startup_business_exception_error_type_id = d.video_startup_business_exception_error_type_id | 0;
                }
                if (d.playback_failure != null) {
                    m.playback_failure = $Boolean(d.playback_failure);
                }
                return m;
            };

            /**
             * Creates a plain object from a VideoView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.VideoView
             * @static
             * @param {qoe.v1.VideoView} m VideoView
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoView.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.view_id = "";
                    d.property_id = "";
                    d.view_start = null;
                    d.view_end = null;
                    d.asn = 0;
                    d.browser = "";
                    d.browser_version = "";
                    d.cdn = "";
                    d.city = "";
                    d.continent_code = "";
                    d.country = "";
                    d.country_name = "";
                    d.custom_1 = "";
                    d.custom_2 = "";
                    d.custom_3 = "";
                    d.custom_4 = "";
                    d.custom_5 = "";
                    d.error_type = 0;
                    d.exit_before_video_start = false;
                    d.experiment_name = "";
                    d.latitude = 0;
                    d.longitude = 0;
                    d.max_downscale_percentage = 0;
                    d.max_upscale_percentage = 0;
                    d.operating_system = "";
                    d.operating_system_version = "";
                    d.page_load_time = 0;
                    d.page_type = "";
                    d.page_url = "";
                    d.playback_success_score = 0;
                    d.player_autoplay = false;
                    d.player_error_code = "";
                    d.player_error_message = "";
                    d.player_height = 0;
                    d.player_instance_id = "";
                    d.player_language = "";
                    d.player_name = "";
                    d.player_preload = false;
                    d.player_remote_played = false;
                    d.player_software = "";
                    d.player_software_version = "";
                    d.player_source_domain = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.player_source_duration = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.player_source_duration = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.player_source_height = 0;
                    d.player_source_url = "";
                    d.player_source_width = 0;
                    d.player_startup_time = 0;
                    d.player_version = "";
                    d.player_view_count = 0;
                    d.player_width = 0;
                    d.rebuffer_count = 0;
                    d.rebuffer_duration = 0;
                    d.rebuffer_frequency = 0;
                    d.rebuffer_percentage = 0;
                    d.region = "";
                    d.session_id = "";
                    d.smoothness_score = 0;
                    d.source_hostname = "";
                    d.source_type = "";
                    d.startup_time_score = 0;
                    d.sub_property_id = "";
                    d.used_fullscreen = false;
                    d.video_content_type = "";
                    d.video_duration = 0;
                    d.video_encoding_variant = "";
                    d.video_id = "";
                    d.video_language = "";
                    d.video_producer = "";
                    d.video_quality_score = 0;
                    d.video_series = "";
                    d.video_startup_time = 0;
                    d.video_title = "";
                    d.video_variant_id = "";
                    d.video_variant_name = "";
                    d.view_downscaling_percentage = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.view_max_playhead_position = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.view_max_playhead_position = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.view_playing_time = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.view_playing_time = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.view_seek_count = 0;
                    d.view_seek_duration = 0;
                    d.view_session_id = "";
                    d.view_total_content_playback_time = 0;
                    d.view_total_downscaling = 0;
                    d.view_total_upscaling = 0;
                    d.view_upscaling_percentage = 0;
                    d.viewer_application_engine = "";
                    d.viewer_connection_type = "";
                    d.viewer_device_category = "";
                    d.viewer_device_manufacturer = "";
                    d.viewer_device_name = "";
                    d.viewer_experience_score = 0;
                    d.viewer_os_architecture = "";
                    d.viewer_user_agent = "";
                    d.viewer_user_id = "";
                    d.watch_time = 0;
                    d.watched = false;
                    d.weighted_average_bitrate = 0;
                    d.stream_type = "";
                    d.asset_id = "";
                    d.live_stream_id = "";
                    d.playback_id = "";
                    d.live_stream_latency = 0;
                    d.environment_id = "";
                    d.viewer_device_model = "";
                    d.video_startup_failure = false;
                    d.playback_failure_error_type_id = 0;
                    d.playback_business_exception_error_type_id = 0;
                    d.video_startup_business_exception_error_type_id = 0;
                    d.playback_failure = false;
                }
                if (m.view_id != null && $Object.hasOwnProperty.call(m, "view_id")) {
                    d.view_id = m.view_id;
                }
                if (m.property_id != null && $Object.hasOwnProperty.call(m, "property_id")) {
                    d.property_id = m.property_id;
                }
                if (m.view_start != null && $Object.hasOwnProperty.call(m, "view_start")) {
                    d.view_start = $root.qoe.v1.Timestamp.toObject(m.view_start, o, q + 1);
                }
                if (m.view_end != null && $Object.hasOwnProperty.call(m, "view_end")) {
                    d.view_end = $root.qoe.v1.Timestamp.toObject(m.view_end, o, q + 1);
                }
                if (m.asn != null && $Object.hasOwnProperty.call(m, "asn")) {
                    d.asn = m.asn;
                }
                if (m.browser != null && $Object.hasOwnProperty.call(m, "browser")) {
                    d.browser = m.browser;
                }
                if (m.browser_version != null && $Object.hasOwnProperty.call(m, "browser_version")) {
                    d.browser_version = m.browser_version;
                }
                if (m.cdn != null && $Object.hasOwnProperty.call(m, "cdn")) {
                    d.cdn = m.cdn;
                }
                if (m.city != null && $Object.hasOwnProperty.call(m, "city")) {
                    d.city = m.city;
                }
                if (m.continent_code != null && $Object.hasOwnProperty.call(m, "continent_code")) {
                    d.continent_code = m.continent_code;
                }
                if (m.country != null && $Object.hasOwnProperty.call(m, "country")) {
                    d.country = m.country;
                }
                if (m.country_name != null && $Object.hasOwnProperty.call(m, "country_name")) {
                    d.country_name = m.country_name;
                }
                if (m.custom_1 != null && $Object.hasOwnProperty.call(m, "custom_1")) {
                    d.custom_1 = m.custom_1;
                }
                if (m.custom_2 != null && $Object.hasOwnProperty.call(m, "custom_2")) {
                    d.custom_2 = m.custom_2;
                }
                if (m.custom_3 != null && $Object.hasOwnProperty.call(m, "custom_3")) {
                    d.custom_3 = m.custom_3;
                }
                if (m.custom_4 != null && $Object.hasOwnProperty.call(m, "custom_4")) {
                    d.custom_4 = m.custom_4;
                }
                if (m.custom_5 != null && $Object.hasOwnProperty.call(m, "custom_5")) {
                    d.custom_5 = m.custom_5;
                }
                if (m.error_type != null && $Object.hasOwnProperty.call(m, "error_type")) {
                    d.error_type = m.error_type;
                }
                if (m.exit_before_video_start != null && $Object.hasOwnProperty.call(m, "exit_before_video_start")) {
                    d.exit_before_video_start = m.exit_before_video_start;
                }
                if (m.experiment_name != null && $Object.hasOwnProperty.call(m, "experiment_name")) {
                    d.experiment_name = m.experiment_name;
                }
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude")) {
                    d.latitude = o.json && !$isFinite(m.latitude) ? $String(m.latitude) : m.latitude;
                }
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude")) {
                    d.longitude = o.json && !$isFinite(m.longitude) ? $String(m.longitude) : m.longitude;
                }
                if (m.max_downscale_percentage != null && $Object.hasOwnProperty.call(m, "max_downscale_percentage")) {
                    d.max_downscale_percentage = o.json && !$isFinite(m.max_downscale_percentage) ? $String(m.max_downscale_percentage) : m.max_downscale_percentage;
                }
                if (m.max_upscale_percentage != null && $Object.hasOwnProperty.call(m, "max_upscale_percentage")) {
                    d.max_upscale_percentage = o.json && !$isFinite(m.max_upscale_percentage) ? $String(m.max_upscale_percentage) : m.max_upscale_percentage;
                }
                if (m.operating_system != null && $Object.hasOwnProperty.call(m, "operating_system")) {
                    d.operating_system = m.operating_system;
                }
                if (m.operating_system_version != null && $Object.hasOwnProperty.call(m, "operating_system_version")) {
                    d.operating_system_version = m.operating_system_version;
                }
                if (m.page_load_time != null && $Object.hasOwnProperty.call(m, "page_load_time")) {
                    d.page_load_time = m.page_load_time;
                }
                if (m.page_type != null && $Object.hasOwnProperty.call(m, "page_type")) {
                    d.page_type = m.page_type;
                }
                if (m.page_url != null && $Object.hasOwnProperty.call(m, "page_url")) {
                    d.page_url = m.page_url;
                }
                if (m.playback_success_score != null && $Object.hasOwnProperty.call(m, "playback_success_score")) {
                    d.playback_success_score = o.json && !$isFinite(m.playback_success_score) ? $String(m.playback_success_score) : m.playback_success_score;
                }
                if (m.player_autoplay != null && $Object.hasOwnProperty.call(m, "player_autoplay")) {
                    d.player_autoplay = m.player_autoplay;
                }
                if (m.player_error_code != null && $Object.hasOwnProperty.call(m, "player_error_code")) {
                    d.player_error_code = m.player_error_code;
                }
                if (m.player_error_message != null && $Object.hasOwnProperty.call(m, "player_error_message")) {
                    d.player_error_message = m.player_error_message;
                }
                if (m.player_height != null && $Object.hasOwnProperty.call(m, "player_height")) {
                    d.player_height = m.player_height;
                }
                if (m.player_instance_id != null && $Object.hasOwnProperty.call(m, "player_instance_id")) {
                    d.player_instance_id = m.player_instance_id;
                }
                if (m.player_language != null && $Object.hasOwnProperty.call(m, "player_language")) {
                    d.player_language = m.player_language;
                }
                if (m.player_name != null && $Object.hasOwnProperty.call(m, "player_name")) {
                    d.player_name = m.player_name;
                }
                if (m.player_preload != null && $Object.hasOwnProperty.call(m, "player_preload")) {
                    d.player_preload = m.player_preload;
                }
                if (m.player_remote_played != null && $Object.hasOwnProperty.call(m, "player_remote_played")) {
                    d.player_remote_played = m.player_remote_played;
                }
                if (m.player_software != null && $Object.hasOwnProperty.call(m, "player_software")) {
                    d.player_software = m.player_software;
                }
                if (m.player_software_version != null && $Object.hasOwnProperty.call(m, "player_software_version")) {
                    d.player_software_version = m.player_software_version;
                }
                if (m.player_source_domain != null && $Object.hasOwnProperty.call(m, "player_source_domain")) {
                    d.player_source_domain = m.player_source_domain;
                }
                if (m.player_source_duration != null && $Object.hasOwnProperty.call(m, "player_source_duration")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.player_source_duration = typeof m.player_source_duration === "number" ? $BigInt(m.player_source_duration) : $util.Long.fromBits(m.player_source_duration.low >>> 0, m.player_source_duration.high >>> 0, false).toBigInt();
                    else if (typeof m.player_source_duration === "number")
                        d.player_source_duration = o.longs === $String ? $String(m.player_source_duration) : m.player_source_duration;
                    else
                        d.player_source_duration = o.longs === $String ? $util.Long.prototype.toString.call(m.player_source_duration) : o.longs === $Number ? new $util.LongBits(m.player_source_duration.low >>> 0, m.player_source_duration.high >>> 0).toNumber() : m.player_source_duration;
                }
                if (m.player_source_height != null && $Object.hasOwnProperty.call(m, "player_source_height")) {
                    d.player_source_height = m.player_source_height;
                }
                if (m.player_source_url != null && $Object.hasOwnProperty.call(m, "player_source_url")) {
                    d.player_source_url = m.player_source_url;
                }
                if (m.player_source_width != null && $Object.hasOwnProperty.call(m, "player_source_width")) {
                    d.player_source_width = m.player_source_width;
                }
                if (m.player_startup_time != null && $Object.hasOwnProperty.call(m, "player_startup_time")) {
                    d.player_startup_time = m.player_startup_time;
                }
                if (m.player_version != null && $Object.hasOwnProperty.call(m, "player_version")) {
                    d.player_version = m.player_version;
                }
                if (m.player_view_count != null && $Object.hasOwnProperty.call(m, "player_view_count")) {
                    d.player_view_count = m.player_view_count;
                }
                if (m.player_width != null && $Object.hasOwnProperty.call(m, "player_width")) {
                    d.player_width = m.player_width;
                }
                if (m.rebuffer_count != null && $Object.hasOwnProperty.call(m, "rebuffer_count")) {
                    d.rebuffer_count = m.rebuffer_count;
                }
                if (m.rebuffer_duration != null && $Object.hasOwnProperty.call(m, "rebuffer_duration")) {
                    d.rebuffer_duration = m.rebuffer_duration;
                }
                if (m.rebuffer_frequency != null && $Object.hasOwnProperty.call(m, "rebuffer_frequency")) {
                    d.rebuffer_frequency = o.json && !$isFinite(m.rebuffer_frequency) ? $String(m.rebuffer_frequency) : m.rebuffer_frequency;
                }
                if (m.rebuffer_percentage != null && $Object.hasOwnProperty.call(m, "rebuffer_percentage")) {
                    d.rebuffer_percentage = o.json && !$isFinite(m.rebuffer_percentage) ? $String(m.rebuffer_percentage) : m.rebuffer_percentage;
                }
                if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                    d.region = m.region;
                }
                if (m.session_id != null && $Object.hasOwnProperty.call(m, "session_id")) {
                    d.session_id = m.session_id;
                }
                if (m.smoothness_score != null && $Object.hasOwnProperty.call(m, "smoothness_score")) {
                    d.smoothness_score = o.json && !$isFinite(m.smoothness_score) ? $String(m.smoothness_score) : m.smoothness_score;
                }
                if (m.source_hostname != null && $Object.hasOwnProperty.call(m, "source_hostname")) {
                    d.source_hostname = m.source_hostname;
                }
                if (m.source_type != null && $Object.hasOwnProperty.call(m, "source_type")) {
                    d.source_type = m.source_type;
                }
                if (m.startup_time_score != null && $Object.hasOwnProperty.call(m, "startup_time_score")) {
                    d.startup_time_score = o.json && !$isFinite(m.startup_time_score) ? $String(m.startup_time_score) : m.startup_time_score;
                }
                if (m.sub_property_id != null && $Object.hasOwnProperty.call(m, "sub_property_id")) {
                    d.sub_property_id = m.sub_property_id;
                }
                if (m.used_fullscreen != null && $Object.hasOwnProperty.call(m, "used_fullscreen")) {
                    d.used_fullscreen = m.used_fullscreen;
                }
                if (m.video_content_type != null && $Object.hasOwnProperty.call(m, "video_content_type")) {
                    d.video_content_type = m.video_content_type;
                }
                if (m.video_duration != null && $Object.hasOwnProperty.call(m, "video_duration")) {
                    d.video_duration = m.video_duration;
                }
                if (m.video_encoding_variant != null && $Object.hasOwnProperty.call(m, "video_encoding_variant")) {
                    d.video_encoding_variant = m.video_encoding_variant;
                }
                if (m.video_id != null && $Object.hasOwnProperty.call(m, "video_id")) {
                    d.video_id = m.video_id;
                }
                if (m.video_language != null && $Object.hasOwnProperty.call(m, "video_language")) {
                    d.video_language = m.video_language;
                }
                if (m.video_producer != null && $Object.hasOwnProperty.call(m, "video_producer")) {
                    d.video_producer = m.video_producer;
                }
                if (m.video_quality_score != null && $Object.hasOwnProperty.call(m, "video_quality_score")) {
                    d.video_quality_score = o.json && !$isFinite(m.video_quality_score) ? $String(m.video_quality_score) : m.video_quality_score;
                }
                if (m.video_series != null && $Object.hasOwnProperty.call(m, "video_series")) {
                    d.video_series = m.video_series;
                }
                if (m.video_startup_time != null && $Object.hasOwnProperty.call(m, "video_startup_time")) {
                    d.video_startup_time = m.video_startup_time;
                }
                if (m.video_title != null && $Object.hasOwnProperty.call(m, "video_title")) {
                    d.video_title = m.video_title;
                }
                if (m.video_variant_id != null && $Object.hasOwnProperty.call(m, "video_variant_id")) {
                    d.video_variant_id = m.video_variant_id;
                }
                if (m.video_variant_name != null && $Object.hasOwnProperty.call(m, "video_variant_name")) {
                    d.video_variant_name = m.video_variant_name;
                }
                if (m.view_downscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_downscaling_percentage")) {
                    d.view_downscaling_percentage = o.json && !$isFinite(m.view_downscaling_percentage) ? $String(m.view_downscaling_percentage) : m.view_downscaling_percentage;
                }
                if (m.view_max_playhead_position != null && $Object.hasOwnProperty.call(m, "view_max_playhead_position")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.view_max_playhead_position = typeof m.view_max_playhead_position === "number" ? $BigInt(m.view_max_playhead_position) : $util.Long.fromBits(m.view_max_playhead_position.low >>> 0, m.view_max_playhead_position.high >>> 0, false).toBigInt();
                    else if (typeof m.view_max_playhead_position === "number")
                        d.view_max_playhead_position = o.longs === $String ? $String(m.view_max_playhead_position) : m.view_max_playhead_position;
                    else
                        d.view_max_playhead_position = o.longs === $String ? $util.Long.prototype.toString.call(m.view_max_playhead_position) : o.longs === $Number ? new $util.LongBits(m.view_max_playhead_position.low >>> 0, m.view_max_playhead_position.high >>> 0).toNumber() : m.view_max_playhead_position;
                }
                if (m.view_playing_time != null && $Object.hasOwnProperty.call(m, "view_playing_time")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.view_playing_time = typeof m.view_playing_time === "number" ? $BigInt(m.view_playing_time) : $util.Long.fromBits(m.view_playing_time.low >>> 0, m.view_playing_time.high >>> 0, false).toBigInt();
                    else if (typeof m.view_playing_time === "number")
                        d.view_playing_time = o.longs === $String ? $String(m.view_playing_time) : m.view_playing_time;
                    else
                        d.view_playing_time = o.longs === $String ? $util.Long.prototype.toString.call(m.view_playing_time) : o.longs === $Number ? new $util.LongBits(m.view_playing_time.low >>> 0, m.view_playing_time.high >>> 0).toNumber() : m.view_playing_time;
                }
                if (m.view_seek_count != null && $Object.hasOwnProperty.call(m, "view_seek_count")) {
                    d.view_seek_count = m.view_seek_count;
                }
                if (m.view_seek_duration != null && $Object.hasOwnProperty.call(m, "view_seek_duration")) {
                    d.view_seek_duration = m.view_seek_duration;
                }
                if (m.view_session_id != null && $Object.hasOwnProperty.call(m, "view_session_id")) {
                    d.view_session_id = m.view_session_id;
                }
                if (m.view_total_content_playback_time != null && $Object.hasOwnProperty.call(m, "view_total_content_playback_time")) {
                    d.view_total_content_playback_time = m.view_total_content_playback_time;
                }
                if (m.view_total_downscaling != null && $Object.hasOwnProperty.call(m, "view_total_downscaling")) {
                    d.view_total_downscaling = o.json && !$isFinite(m.view_total_downscaling) ? $String(m.view_total_downscaling) : m.view_total_downscaling;
                }
                if (m.view_total_upscaling != null && $Object.hasOwnProperty.call(m, "view_total_upscaling")) {
                    d.view_total_upscaling = o.json && !$isFinite(m.view_total_upscaling) ? $String(m.view_total_upscaling) : m.view_total_upscaling;
                }
                if (m.view_upscaling_percentage != null && $Object.hasOwnProperty.call(m, "view_upscaling_percentage")) {
                    d.view_upscaling_percentage = o.json && !$isFinite(m.view_upscaling_percentage) ? $String(m.view_upscaling_percentage) : m.view_upscaling_percentage;
                }
                if (m.viewer_application_engine != null && $Object.hasOwnProperty.call(m, "viewer_application_engine")) {
                    d.viewer_application_engine = m.viewer_application_engine;
                }
                if (m.viewer_connection_type != null && $Object.hasOwnProperty.call(m, "viewer_connection_type")) {
                    d.viewer_connection_type = m.viewer_connection_type;
                }
                if (m.viewer_device_category != null && $Object.hasOwnProperty.call(m, "viewer_device_category")) {
                    d.viewer_device_category = m.viewer_device_category;
                }
                if (m.viewer_device_manufacturer != null && $Object.hasOwnProperty.call(m, "viewer_device_manufacturer")) {
                    d.viewer_device_manufacturer = m.viewer_device_manufacturer;
                }
                if (m.viewer_device_name != null && $Object.hasOwnProperty.call(m, "viewer_device_name")) {
                    d.viewer_device_name = m.viewer_device_name;
                }
                if (m.viewer_experience_score != null && $Object.hasOwnProperty.call(m, "viewer_experience_score")) {
                    d.viewer_experience_score = o.json && !$isFinite(m.viewer_experience_score) ? $String(m.viewer_experience_score) : m.viewer_experience_score;
                }
                if (m.viewer_os_architecture != null && $Object.hasOwnProperty.call(m, "viewer_os_architecture")) {
                    d.viewer_os_architecture = m.viewer_os_architecture;
                }
                if (m.viewer_user_agent != null && $Object.hasOwnProperty.call(m, "viewer_user_agent")) {
                    d.viewer_user_agent = m.viewer_user_agent;
                }
                if (m.viewer_user_id != null && $Object.hasOwnProperty.call(m, "viewer_user_id")) {
                    d.viewer_user_id = m.viewer_user_id;
                }
                if (m.watch_time != null && $Object.hasOwnProperty.call(m, "watch_time")) {
                    d.watch_time = m.watch_time;
                }
                if (m.watched != null && $Object.hasOwnProperty.call(m, "watched")) {
                    d.watched = m.watched;
                }
                if (m.weighted_average_bitrate != null && $Object.hasOwnProperty.call(m, "weighted_average_bitrate")) {
                    d.weighted_average_bitrate = o.json && !$isFinite(m.weighted_average_bitrate) ? $String(m.weighted_average_bitrate) : m.weighted_average_bitrate;
                }
                if (m.stream_type != null && $Object.hasOwnProperty.call(m, "stream_type")) {
                    d.stream_type = m.stream_type;
                }
                if (m.asset_id != null && $Object.hasOwnProperty.call(m, "asset_id")) {
                    d.asset_id = m.asset_id;
                }
                if (m.live_stream_id != null && $Object.hasOwnProperty.call(m, "live_stream_id")) {
                    d.live_stream_id = m.live_stream_id;
                }
                if (m.playback_id != null && $Object.hasOwnProperty.call(m, "playback_id")) {
                    d.playback_id = m.playback_id;
                }
                if (m.live_stream_latency != null && $Object.hasOwnProperty.call(m, "live_stream_latency")) {
                    d.live_stream_latency = m.live_stream_latency;
                }
                if (m.environment_id != null && $Object.hasOwnProperty.call(m, "environment_id")) {
                    d.environment_id = m.environment_id;
                }
                if (m.viewer_device_model != null && $Object.hasOwnProperty.call(m, "viewer_device_model")) {
                    d.viewer_device_model = m.viewer_device_model;
                }
                if (m.video_startup_failure != null && $Object.hasOwnProperty.call(m, "video_startup_failure")) {
                    d.video_startup_failure = m.video_startup_failure;
                }
                if (m.playback_failure_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_failure_error_type_id")) {
                    d.playback_failure_error_type_id = m.playback_failure_error_type_id;
                }
                if (m.playback_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "playback_business_exception_error_type_id")) {
                    d.playback_business_exception_error_type_id = m.playback_business_exception_error_type_id;
                }
                if (m.video_startup_business_exception_error_type_id != null && $Object.hasOwnProperty.call(m, "video_startup_business_exception_error_type_id")) {
                    d.video_startup_business_exception_error_type_id = m.video_startup_business_exception_error_type_id;
                }
                if (m.playback_failure != null && $Object.hasOwnProperty.call(m, "playback_failure")) {
                    d.playback_failure = m.playback_failure;
                }
                return d;
            };

            /**
             * Converts this VideoView to JSON.
             * @function toJSON
             * @memberof qoe.v1.VideoView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoView.prototype.toJSON = function() {
                return VideoView.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VideoView
             * @function getTypeUrl
             * @memberof qoe.v1.VideoView
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VideoView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.VideoView";
            };

            return VideoView;
        })();

        v1.VideoViewBatch = (function() {

            /**
             * Properties of a VideoViewBatch.
             * @typedef {Object} qoe.v1.VideoViewBatch.$Properties
             * @property {Array.<qoe.v1.VideoView.$Properties>|null} [views] VideoViewBatch views
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoViewBatch.
             * @memberof qoe.v1
             * @interface IVideoViewBatch
             * @augments qoe.v1.VideoViewBatch.$Properties
             * @deprecated Use qoe.v1.VideoViewBatch.$Properties instead.
             */

            /**
             * Shape of a VideoViewBatch.
             * @typedef {qoe.v1.VideoViewBatch.$Properties} qoe.v1.VideoViewBatch.$Shape
             */

            /**
             * Constructs a new VideoViewBatch.
             * @memberof qoe.v1
             * @classdesc Represents a VideoViewBatch.
             * @constructor
             * @param {qoe.v1.VideoViewBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var VideoViewBatch = function (p) {
                this.views = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VideoViewBatch views.
             * @member {Array.<qoe.v1.VideoView.$Properties>} views
             * @memberof qoe.v1.VideoViewBatch
             * @instance
             */
            VideoViewBatch.prototype.views = $util.emptyArray;

            /**
             * Creates a new VideoViewBatch instance using the specified properties.
             * @function create
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {qoe.v1.VideoViewBatch.$Properties=} [properties] Properties to set
             * @returns {qoe.v1.VideoViewBatch} VideoViewBatch instance
             * @type {{
             *   (properties: qoe.v1.VideoViewBatch.$Shape): qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape;
             *   (properties?: qoe.v1.VideoViewBatch.$Properties): qoe.v1.VideoViewBatch;
             * }}
             */
            VideoViewBatch.create = function(properties) {
                return new VideoViewBatch(properties);
            };

            /**
             * Encodes the specified VideoViewBatch message. Does not implicitly {@link qoe.v1.VideoViewBatch.verify|verify} messages.
             * @function encode
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {qoe.v1.VideoViewBatch.$Properties} m VideoViewBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoViewBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.views != null && m.views.length) {
                    for (var i = 0; i < m.views.length; ++i)
                        $root.qoe.v1.VideoView.encode(m.views[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VideoViewBatch message, length delimited. Does not implicitly {@link qoe.v1.VideoViewBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {qoe.v1.VideoViewBatch.$Properties} message VideoViewBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoViewBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VideoViewBatch message from the specified reader or buffer.
             * @function decode
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape} VideoViewBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoViewBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.qoe.v1.VideoViewBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.views && m.views.length))
                                m.views = [];
                            m.views.push($root.qoe.v1.VideoView.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a VideoViewBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {qoe.v1.VideoViewBatch & qoe.v1.VideoViewBatch.$Shape} VideoViewBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoViewBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VideoViewBatch message.
             * @function verify
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoViewBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.views != null && $Object.hasOwnProperty.call(m, "views")) {
                    if (!$Array.isArray(m.views))
                        return "views: array expected";
                    for (var i = 0; i < m.views.length; ++i) {
                        {
                            var e = $root.qoe.v1.VideoView.verify(m.views[i], q + 1);
                            if (e)
                                return "views." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a VideoViewBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {qoe.v1.VideoViewBatch} VideoViewBatch
             */
            VideoViewBatch.fromObject = function (d, q) {
                if (d instanceof $root.qoe.v1.VideoViewBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".qoe.v1.VideoViewBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.qoe.v1.VideoViewBatch();
                if (d.views) {
                    if (!$Array.isArray(d.views))
                        throw $TypeError(".qoe.v1.VideoViewBatch.views: array expected");
                    m.views = $Array(d.views.length);
                    for (var i = 0; i < d.views.length; ++i) {
                        if (!$util.isObject(d.views[i]))
                            throw $TypeError(".qoe.v1.VideoViewBatch.views: object expected");
                        m.views[i] = $root.qoe.v1.VideoView.fromObject(d.views[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VideoViewBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {qoe.v1.VideoViewBatch} m VideoViewBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoViewBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.views = [];
                }
                if (m.views && m.views.length) {
                    d.views = $Array(m.views.length);
                    for (var j = 0; j < m.views.length; ++j) {
                        d.views[j] = $root.qoe.v1.VideoView.toObject(m.views[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VideoViewBatch to JSON.
             * @function toJSON
             * @memberof qoe.v1.VideoViewBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoViewBatch.prototype.toJSON = function() {
                return VideoViewBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VideoViewBatch
             * @function getTypeUrl
             * @memberof qoe.v1.VideoViewBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VideoViewBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/qoe.v1.VideoViewBatch";
            };

            return VideoViewBatch;
        })();

        return v1;
    })();

    return qoe;
})();

module.exports = $root;
