// The names of view file encodings, apart from their readers: the CLI parses its options
// with them before it knows whether views will be read at all.

/** The encodings of view files: NDJSON, or VideoView protobuf (delimited, single or batch). */
export const VIEW_FILE_FORMATS = ['ndjson', 'protobuf'] as const;
export type ViewFileFormat = (typeof VIEW_FILE_FORMATS)[number];

/** ndjson unless the name says protobuf (.pb, .bin, .protobuf, .delimited; then maybe .gz). */
export function formatOfFile(file: string): ViewFileFormat {
  return /\.(pb|bin|protobuf|delimited)(\.gz)?$/i.test(file) ? 'protobuf' : 'ndjson';
}
