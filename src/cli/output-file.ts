// Writing the report without ever losing a person's file: the target must be a .docx (or
// nothing yet), a file it replaces one Zvit wrote, never the workbook itself, and it appears
// whole or not at all (written to a temporary file beside it, synced, then renamed over it).
// Node adapter layer.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DESCRIPTOR_FILE, isZvitPackage } from '../core/open-data';
import { files } from './files';
import { FileProblem, FILE_KIND, recogniseFile } from './input-file';
import { isZvitJson } from './output';
import { isZvitReport } from './report-layout';

/** Bytes or text, or chunks as a renderer streams them. */
export type ReportData = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

const statOrNull = async (path: string) => {
  try {
    return await files.stat(path);
  } catch {
    return null;
  }
};

/** What may be written: the report (.docx) or the --json file (text). */
const TARGETS = {
  docx: {
    extension: '.docx',
    // Only a report Zvit wrote, not a Word document of the person's (nor a report they edited).
    refused: 'це не звіт, який записав Zvit (або його відтоді змінено в текстовому редакторі)',
    replaces: (bytes: Uint8Array) => recogniseFile(bytes) === FILE_KIND.docx && isZvitReport(bytes),
  },
  json: {
    extension: null,
    // Only a result Zvit wrote: never a person's JSON, CSV or text that happens to be there.
    refused: 'це не результат перевірки (JSON), який записав Zvit',
    replaces: isZvitJson,
  },
} as const;

/**
 * Refuses (FileProblem) a target that would lose data: the workbook itself under any name (a
 * symlink, "./", another case on a case-insensitive disk, a hard link: the same device and
 * inode), a folder, a report name that is not .docx, or an existing file of another kind.
 * `out` is absolute; `name` is the target as the person typed it.
 */
export const checkTarget = async (
  input: string,
  out: string,
  name: string,
  kind: keyof typeof TARGETS,
): Promise<void> => {
  const { extension, refused, replaces } = TARGETS[kind];
  const option = kind === 'docx' ? '--out' : '--json';
  const [source, target] = await Promise.all([statOrNull(input), statOrNull(out)]);
  if (source && target && source.dev === target.dev && source.ino === target.ino) {
    throw new FileProblem(
      `«${name}» — це сама книга, з якої читаються дані: ${option} записав би поверх неї. ` +
        `Вкажіть для ${option} інший файл.`,
    );
  }
  if (target?.isDirectory()) {
    throw new FileProblem(
      `«${name}» — це папка. Вкажіть для ${option} файл у ній, наприклад ` +
        `«${join(name, kind === 'docx' ? 'звіт.docx' : 'звіт.json')}».`,
    );
  }
  if (extension && extname(out).toLowerCase() !== extension) {
    throw new FileProblem(
      `Звіт записується лише у файл ${extension}, а «${name}» — ні. Вкажіть для ${option} ім’я, ` +
        `що закінчується на ${extension}, наприклад «${basename(name, extname(name))}${extension}».`,
    );
  }
  if (!target) return;
  // An empty file holds nothing to lose; anything else must already be what we would write.
  const replaceable = target.isFile() && (target.size === 0 || replaces(await files.readFile(out)));
  if (!replaceable) {
    throw new FileProblem(
      `Файл «${name}» уже існує, і ${refused}: Zvit його не перезаписує. Вкажіть для ${option} ` +
        'інше ім’я або перенесіть чи видаліть цей файл, якщо він не потрібен.',
    );
  }
};

/**
 * Refuses (FileProblem) --json naming the report's file (`out`), by path or, for files that
 * exist, as the same file under another name: the JSON would replace the report or the other way.
 */
export const checkDistinct = async (out: string, json: string, name: string): Promise<void> => {
  const [a, b] = await Promise.all([statOrNull(out), statOrNull(json)]);
  const same = out === json || (a !== null && b !== null && a.dev === b.dev && a.ino === b.ino);
  if (same) {
    throw new FileProblem(
      `«${name}» — це той самий файл, що й звіт: JSON записав би поверх звіту. Вкажіть для ` +
        `--json інший файл, наприклад «${name.slice(0, name.length - extname(name).length)}.json».`,
    );
  }
};

const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : '';

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'немає дозволу писати в цю папку',
  EPERM: 'немає дозволу писати в цю папку',
  EROFS: 'диск доступний лише для читання',
  ENOSPC: 'на диску немає місця',
  EDQUOT: 'вичерпано квоту диска',
  ENOTDIR: 'частина шляху — файл, а не папка',
  // mkdir says EEXIST when a file stands where a folder of the path should be.
  EEXIST: 'частина шляху — файл, а не папка',
  ENOENT: 'такої папки немає',
};

const reasonOf = (code: string): string => WRITE_REASONS[code] ?? `системна помилка ${code}`;

/**
 * Makes the folder `dir` (and the folders above it) that a command writes its files into;
 * `name` is the folder as the person typed it. A file in its place, or a folder that cannot be
 * made, is one line (FileProblem) that says why.
 */
export const makeFolder = async (dir: string, name: string): Promise<void> => {
  const existing = await statOrNull(dir);
  if (existing && !existing.isDirectory()) {
    throw new FileProblem(
      `«${name}» — це файл, а не папка. Вкажіть для --out папку, куди записати файли, ` +
        `наприклад «${basename(name, extname(name))}-дані».`,
    );
  }
  try {
    await files.mkdir(dir, { recursive: true });
  } catch (error) {
    const code = codeOf(error);
    if (!code) throw error;
    throw new FileProblem(`Не вдалося створити папку «${name}»: ${reasonOf(code)}.`);
  }
};

/** Whether the bytes are a datapackage.json Zvit wrote (see isZvitPackage). */
const isZvitDescriptor = (bytes: Uint8Array): boolean => {
  try {
    return isZvitPackage(JSON.parse(Buffer.from(bytes).toString()));
  } catch {
    return false;
  }
};

/**
 * Refuses (FileProblem) a folder `dir` where the open-data files `names` would replace files of
 * the same names that Zvit did not write: a package is replaced only when its datapackage.json
 * is Zvit's (its data files are then the package's own). Empty files hold nothing to lose; a
 * folder that does not exist yet holds nothing at all. `folder` is `dir` as the person typed it.
 */
export const checkPackageFolder = async (
  dir: string,
  folder: string,
  names: readonly string[],
): Promise<void> => {
  const found = await Promise.all(
    names.map(async (name) => ({ name, stats: await statOrNull(join(dir, name)) })),
  );
  const present = found.filter(
    ({ stats }) => stats !== null && !(stats.isFile() && stats.size === 0),
  );
  if (present.length === 0) return;
  const descriptor = present.find(({ name }) => name === DESCRIPTOR_FILE);
  const ours =
    descriptor !== undefined &&
    descriptor.stats!.isFile() &&
    isZvitDescriptor(await files.readFile(join(dir, DESCRIPTOR_FILE)));
  const foreign = present.filter(({ stats }) => !ours || !stats!.isFile());
  if (foreign.length === 0) return;
  const listed = foreign.map(({ name }) => `«${name}»`).join(', ');
  throw new FileProblem(
    `У папці «${folder}» уже є ${listed}, і це не відкриті дані, які записав Zvit: Zvit їх не ` +
      'перезаписує. Вкажіть для --out іншу папку або перенесіть чи видаліть ці файли, якщо ' +
      'вони не потрібні.',
  );
};

/** Signals that end a run from outside; the temporary files go with them. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** One file to write: where, what, and its name as the person typed it (for a message). */
export interface FileToWrite {
  readonly path: string;
  readonly data: ReportData;
  readonly name: string;
}

/**
 * Writes each file atomically: all of them to temporary files in their folders first, synced,
 * then each renamed over its target in order (an existing symlink keeps pointing at its file).
 * When writing any of them fails, or the run is interrupted by a signal or ends on the way,
 * every temporary file is removed and no target has changed. Only a failure between two renames
 * (a disk gone in the instant) could leave some files new and the rest as they were.
 */
export const writeFilesAtomically = async (targets: readonly FileToWrite[]): Promise<void> => {
  const temps: string[] = [];
  const removeTemps = () => {
    for (const temp of temps) {
      try {
        unlinkSync(temp);
      } catch {
        // Not created yet, or already renamed.
      }
    }
  };
  // Remove the temporary files, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemps();
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.once(s, onSignal);
  // An exit in the middle (the reader of stdout gone, see processIo) takes them with it too.
  process.once('exit', removeTemps);
  let current = targets[0]?.name ?? '';
  const renamed: string[] = [];
  try {
    const staged: { temp: string; target: string }[] = [];
    for (const { path, data, name } of targets) {
      current = name;
      const target = (await statOrNull(path)) ? await files.realpath(path) : path;
      const folder = dirname(target);
      const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
      await files.mkdir(folder, { recursive: true });
      const fd = await files.open(temp, 'wx');
      temps.push(temp);
      try {
        if (typeof data === 'string' || data instanceof Uint8Array) await files.writeFile(fd, data);
        else for await (const chunk of data) await files.writeFile(fd, chunk);
        await files.fsync(fd);
      } finally {
        await files.close(fd);
      }
      staged.push({ temp, target });
    }
    for (const [i, { temp, target }] of staged.entries()) {
      current = targets[i].name;
      await files.rename(temp, target);
      renamed.push(current);
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => files.unlink(temp).catch(() => undefined)));
    const code = codeOf(error);
    // Without a system code the failure is ours (the renderer), not the disk's: pass it on.
    if (!code) throw error;
    const kept =
      renamed.length === 0
        ? 'Наявний файл, якщо він був, не змінено.'
        : `Уже записано нові ${renamed.map((name) => `«${name}»`).join(', ')}; решту не змінено. ` +
          'Запустіть команду ще раз, коли причину усунено.';
    throw new FileProblem(`Не вдалося записати «${current}»: ${reasonOf(code)}. ${kept}`);
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener('exit', removeTemps);
  }
};

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder, synced, then renamed
 * over `path`. On any failure, or when the run is interrupted, `path` is as it was.
 */
export const writeAtomically = (path: string, data: ReportData, name = path): Promise<void> =>
  writeFilesAtomically([{ path, data, name }]);
