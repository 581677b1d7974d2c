// The names of view file encodings, apart from their readers: the CLI parses its options
// with them before it knows whether views will be read at all.
import { inputFiles, isDirectory } from './inputFiles';

/** The encodings of view files: NDJSON, or VideoView protobuf (delimited, single or batch). */
export const VIEW_FILE_FORMATS = ['ndjson', 'protobuf'] as const;
export type ViewFileFormat = (typeof VIEW_FILE_FORMATS)[number];

/** ndjson unless the name says protobuf (.pb, .bin, .protobuf, .delimited; then maybe .gz). */
export function formatOfFile(file: string): ViewFileFormat {
  return /\.(pb|bin|protobuf|delimited)(\.gz)?$/i.test(file) ? 'protobuf' : 'ndjson';
}

/**
 * The encoding of a views input: its name's (formatOfFile), or for a directory the one its
 * files' names share; an error when they mix protobuf and NDJSON names (--views-format then
 * says which they all are).
 */
export function formatOfInput(input: string): ViewFileFormat {
  if (!isDirectory(input)) return formatOfFile(input);
  const formats = new Set(inputFiles(input).map(formatOfFile));
  if (formats.size > 1) throw new Error(`${input} holds both protobuf (.pb, .bin, .protobuf, .delimited) and NDJSON files by their names: give --views-format, or a directory of one kind`);
  return formats.values().next().value ?? 'ndjson';
}
