// The file-system calls the command line makes, as promises over node:fs's callbacks. Node loads
// node:fs/promises only when asked, and loading it (with the modules it pulls in) costs a start
// more than everything the dozen calls of a run do. Node adapter layer.
import {
  close,
  fsync,
  mkdir,
  open,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs';
import { promisify } from 'node:util';

export const files = {
  close: promisify(close),
  fsync: promisify(fsync),
  mkdir: promisify(mkdir),
  open: promisify(open),
  readFile: promisify(readFile),
  realpath: promisify(realpath),
  rename: promisify(rename),
  stat: promisify(stat),
  unlink: promisify(unlink),
  /** The whole of `data` at the descriptor's position (a file's end, when appending chunks). */
  writeFile: promisify(writeFile),
};
