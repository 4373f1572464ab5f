// The command line: `zvit check`, `zvit report` and `zvit export` on an .xlsx export. `run` takes
// argv and the output streams and returns the exit code, so tests call it in-process. Node adapter layer.
import { Command, CommanderError } from 'commander';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors } from '../core/findings';
import {
  buildOpenData,
  DESCRIPTOR_FILE,
  OPEN_DATA_RESOURCES,
  openDataFiles,
  openDataTitle,
} from '../core/open-data';
import type { Programme } from '../core/programme';
import {
  analyseProgramme,
  isNarrativeGrid,
  readNarrative,
  sectionGrids,
  snapshotProgramme,
} from '../core/programme';
import type { Grid } from '../core/grid';
import { buildProgrammeReport } from '../core/programme-report';
import { isSettingsGrid, readSettings } from '../core/settings';
import { FileProblem, brokenMessage, readWorkbookFile } from './input-file';
import { findingCounts, findingLines, toJson } from './output';
import {
  checkDistinct,
  checkPackageFolder,
  checkTarget,
  makeFolder,
  writeAtomically,
  writeFilesAtomically,
} from './output-file';
import { readXlsx } from './read-xlsx';

/** `readerGone` is 128 + SIGPIPE, what a shell reports for a Unix tool whose reader went away. */
export const EXIT = { done: 0, findings: 1, usage: 2, readerGone: 141 } as const;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

interface CommonOptions {
  readonly sheet?: string;
  readonly json?: string;
  /** The previous report's workbook, to compare with (SPEC §8). */
  readonly previous?: string;
}

const readGrids = async (io: Io, file: string) => {
  // What the file is, by its bytes; only a real .xlsx reaches the parser.
  const bytes = await readWorkbookFile(resolve(io.cwd, file), file);
  try {
    return await readXlsx(bytes);
  } catch {
    throw new FileProblem(brokenMessage(file));
  }
};

/**
 * A --sheet that names no measures tab is a mistake in the command, not in the workbook: one
 * line (FileProblem) that offers the sections — never the settings or the narrative, which are
 * no choice. Without any section, the tabs that could still be one (a hidden copy) are offered.
 */
const checkSheet = (grids: readonly Grid[], file: string, sheet: string): void => {
  const named = grids.find((g) => g.name === sheet);
  const other = (g: Grid) => isSettingsGrid(g) || isNarrativeGrid(g);
  if (named && !other(named)) return;
  const sections = sectionGrids(grids);
  const choices = sections.length > 0 ? sections : grids.filter((g) => !other(g));
  const listed = choices.map((g) => `«${g.name}»`).join(', ');
  const problem = named
    ? `Аркуш «${sheet}» у книзі «${file}» — не розділ із заходами.`
    : `У книзі «${file}» немає аркуша «${sheet}».`;
  throw new FileProblem(
    choices.length === 0
      ? `${problem} Аркуша з таблицею заходів у книзі немає.`
      : `${problem} ${sections.length > 0 ? 'Розділи із заходами' : 'Є аркуші'}: ${listed}. ` +
          'Вкажіть для --sheet один із них.',
  );
};

/** The programme and the Пояснення tab's narrative, by section number. */
const readProgramme = async (io: Io, file: string, options: CommonOptions) => {
  const grids = await readGrids(io, file);
  if (options.sheet !== undefined) checkSheet(grids, file, options.sheet);
  const previous =
    options.previous === undefined
      ? undefined
      : snapshotProgramme(analyseProgramme(await readGrids(io, options.previous)));
  return {
    programme: analyseProgramme(grids, { sheet: options.sheet, previous }),
    narrative: readNarrative(grids.find(isNarrativeGrid)),
    settings: readSettings(grids.find(isSettingsGrid)),
  };
};

const analyseFile = async (io: Io, file: string, options: CommonOptions): Promise<Programme> =>
  (await readProgramme(io, file, options)).programme;

const writeJson = async (
  io: Io,
  analysis: Programme,
  target: string | undefined,
): Promise<void> => {
  if (target === undefined) return;
  const json = `${JSON.stringify(toJson(analysis), null, 2)}\n`;
  if (target === '-') io.stdout(json);
  else await writeAtomically(resolve(io.cwd, target), json, target);
};

/** --json is refused before any work when writing it would lose a file (the workbook itself). */
const checkJsonTarget = async (io: Io, file: string, json: string | undefined): Promise<void> => {
  if (json === undefined || json === '-') return;
  await checkTarget(resolve(io.cwd, file), resolve(io.cwd, json), json, 'json');
};

/** With --json - stdout carries only the JSON; everything for people goes to stderr then. */
const humanOut = (io: Io, options: CommonOptions) => (options.json === '-' ? io.stderr : io.stdout);

/**
 * Why --force cannot help: a section whose table was not read (no header, a column missing)
 * has no measures to put in a draft, and the draft would say the opposite of the truth
 * («Заходів на звітний період не заплановано»). Null when every section's table was read.
 */
const unreadTables = (programme: Programme): string | null => {
  const sheets = programme.sections.filter((s) => s.analysis.table === null).map((s) => s.sheet);
  if (sheets.length === 0) return null;
  const named = sheets.filter((sheet) => sheet !== '');
  const where =
    named.length === 0
      ? 'таблицю із заходами не знайдено'
      : named.length === 1
        ? `таблицю на аркуші «${named[0]}» не прочитано`
        : `таблиці на аркушах ${named.map((sheet) => `«${sheet}»`).join(', ')} не прочитано`;
  return (
    `${where}, а без неї вийшло б, що заходів немає. --force тут не допоможе: спершу ` +
    'виправте помилку, названу вище.'
  );
};

const printFindings = (io: Io, analysis: Programme): void => {
  const lines = findingLines(analysis);
  if (lines.length) io.stderr(`${lines.join('\n')}\n`);
};

const check = async (io: Io, file: string, options: CommonOptions): Promise<number> => {
  await checkJsonTarget(io, file, options.json);
  const analysis = await analyseFile(io, file, options);
  printFindings(io, analysis);
  await writeJson(io, analysis, options.json);
  const errors = hasErrors(analysis.findings);
  humanOut(
    io,
    options,
  )(
    errors
      ? `${findingCounts(analysis)} Звіт не буде сформовано, доки помилки не виправлено.\n`
      : `${findingCounts(analysis)}\n${analysis.summary.join('\n')}\n`,
  );
  return errors ? EXIT.findings : EXIT.done;
};

const report = async (
  io: Io,
  file: string,
  options: CommonOptions & { out?: string; force?: boolean },
): Promise<number> => {
  const out = resolve(
    io.cwd,
    options.out ?? join(dirname(file), `${basename(file, extname(file))}.docx`),
  );
  // Refused before any work: the workbook itself, a folder, a file that is not a report, the
  // report and the JSON in one file (one would silently replace the other).
  await checkTarget(resolve(io.cwd, file), out, options.out ?? out, 'docx');
  if (options.json !== undefined && options.json !== '-')
    await checkDistinct(out, resolve(io.cwd, options.json), options.json);
  await checkJsonTarget(io, file, options.json);
  const { programme: analysis, narrative, settings } = await readProgramme(io, file, options);
  printFindings(io, analysis);
  await writeJson(io, analysis, options.json);
  const say = humanOut(io, options);
  const errors = hasErrors(analysis.findings);
  // A table that could not be read is refused first: --force cannot help it, so it is never
  // offered for it.
  const unread = unreadTables(analysis);
  if (unread !== null) {
    say(`${findingCounts(analysis)} Звіт не створено навіть як чернетку: ${unread}\n`);
    return EXIT.findings;
  }
  if (errors && !options.force) {
    say(
      `${findingCounts(analysis)} Звіт не створено: спершу виправте помилки ` +
        '(або додайте --force, щоб сформувати чернетку).\n',
    );
    return EXIT.findings;
  }
  // Several sections make one report of the whole programme (SPEC §7); a report made despite
  // errors says on every page that it is a draft. The template is read only for a report.
  const { renderProgrammeDocx } = await import('./render-docx');
  await writeAtomically(
    out,
    await renderProgrammeDocx(buildProgrammeReport(analysis, settings, narrative), errors),
    options.out ?? out,
  );
  say(`Звіт записано: ${out}\n${analysis.summary.join('\n')}\n`);
  return errors ? EXIT.findings : EXIT.done;
};

/** The files of an open-data package. */
const OPEN_DATA_FILES = [DESCRIPTOR_FILE, ...OPEN_DATA_RESOURCES.map((r) => r.path)];

const exportOpenData = async (
  io: Io,
  file: string,
  options: CommonOptions & { out?: string; force?: boolean },
): Promise<number> => {
  const folder = options.out ?? join(dirname(file), basename(file, extname(file)));
  const dir = resolve(io.cwd, folder);
  // Refused before any work: files of the package's names that another program wrote.
  await checkPackageFolder(dir, folder, OPEN_DATA_FILES);
  const programme = await analyseFile(io, file, options);
  printFindings(io, programme);
  const errors = hasErrors(programme.findings);
  const unread = unreadTables(programme);
  if (unread !== null) {
    io.stdout(`${findingCounts(programme)} Відкриті дані не записано: ${unread}\n`);
    return EXIT.findings;
  }
  if (errors && !options.force) {
    io.stdout(
      `${findingCounts(programme)} Відкриті дані не записано: спершу виправте помилки ` +
        '(або додайте --force).\n',
    );
    return EXIT.findings;
  }
  await makeFolder(dir, folder);
  const data = buildOpenData(programme, {
    title: openDataTitle(programme),
    period: programme.period?.label ?? '',
  });
  const written = openDataFiles(data);
  // The descriptor last: until it is renamed in, an earlier package's descriptor stands.
  const ordered = [
    ...written.filter((f) => f.name !== DESCRIPTOR_FILE),
    ...written.filter((f) => f.name === DESCRIPTOR_FILE),
  ];
  await writeFilesAtomically(
    ordered.map((f) => ({ path: join(dir, f.name), data: f.text, name: join(folder, f.name) })),
  );
  io.stdout(`Відкриті дані записано в ${dir}: ${written.map((f) => f.name).join(', ')}.\n`);
  return errors ? EXIT.findings : EXIT.done;
};

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Використання:',
  'Arguments:': 'Аргументи:',
  'Options:': 'Параметри:',
  'Commands:': 'Команди:',
  'Global Options:': 'Загальні параметри:',
};

const program = (io: Io, result: { code: number }): Command => {
  const root = new Command('zvit')
    .description(
      'Перевіряє таблицю заходів (.xlsx) і формує звіт .docx, як надбудова Zvit у Google Таблицях.',
    )
    .helpOption('-h, --help', 'показати довідку')
    .helpCommand('help [command]', 'показати довідку до команди')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .exitOverride()
    // Commander's own error lines are English; `usageMessage` says them in Ukrainian instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showHelpAfterError(false);
  root
    .command('check')
    .description('перевірити книгу і показати помилки та попередження')
    .argument('<workbook.xlsx>', 'книга, експортована з Google Таблиць')
    .option('--sheet <name>', 'лише цей аркуш із заходами (типово — усі розділи програми)')
    .option('--json <file|->', 'записати результат у JSON (- — на стандартний вивід)')
    .option('--previous <book.xlsx>', 'книга попереднього звіту цього року, щоб показати зміни')
    .action(async (file: string, options: CommonOptions) => {
      result.code = await check(io, file, options);
    });
  root
    .command('report')
    .description('перевірити книгу і сформувати звіт .docx')
    .argument('<workbook.xlsx>', 'книга, експортована з Google Таблиць')
    .option('--sheet <name>', 'лише цей аркуш із заходами (типово — усі розділи програми)')
    .option('--out <file.docx>', 'куди записати звіт (типово — поруч із книгою, з тією ж назвою)')
    .option('--json <file|->', 'записати результат у JSON (- — на стандартний вивід)')
    .option('--previous <book.xlsx>', 'книга попереднього звіту цього року, щоб показати зміни')
    .option('--force', 'сформувати звіт навіть за наявності помилок')
    .action(async (file: string, options: CommonOptions & { out?: string; force?: boolean }) => {
      result.code = await report(io, file, options);
    });
  root
    .command('export')
    .description('записати показники як відкриті дані (Frictionless Data Package: JSON і CSV)')
    .argument('<workbook.xlsx>', 'книга, експортована з Google Таблиць')
    .option('--sheet <name>', 'лише цей аркуш із заходами')
    .option('--out <folder>', 'тека для datapackage.json і CSV (типово — поруч із книгою)')
    .option('--force', 'записати навіть за наявності помилок')
    .action(async (file: string, options: CommonOptions & { out?: string; force?: boolean }) => {
      result.code = await exportOpenData(io, file, options);
    });
  root.addHelpText(
    'after',
    '\nКоди виходу: 0 — готово; 1 — у книзі є помилки (report і export тоді нічого не пишуть;\n' +
      'з --force пишуть чернетку, якщо кожну таблицю вдалося прочитати);\n' +
      '2 — неправильний виклик або файл не вдалося прочитати; 141 — читач виводу зник (| head).\n' +
      'Типово report пише звіт поруч із книгою: заходи.xlsx → заходи.docx.\n',
  );
  return root;
};

const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? '';

/** One Ukrainian line for a usage mistake commander caught. */
const usageMessage = (error: CommanderError): string => {
  const help = 'Довідка: zvit --help.';
  switch (error.code) {
    case 'commander.missingArgument':
      return `Не вказано книгу .xlsx, наприклад: zvit report заходи.xlsx. ${help}`;
    case 'commander.optionMissingArgument':
      return `Параметру ${quoted(error.message).split(' ')[0]} потрібне значення. ${help}`;
    case 'commander.unknownOption':
      return `Невідомий параметр «${quoted(error.message)}». ${help}`;
    case 'commander.unknownCommand':
      return `Невідома команда «${quoted(error.message)}»: є check, report і export. ${help}`;
    case 'commander.excessArguments':
      return `Забагато аргументів: потрібна одна книга .xlsx. ${help}`;
    default:
      return `${error.message.replace(/^error: /, '')} ${help}`;
  }
};

export const run = async (argv: readonly string[], io: Io): Promise<number> => {
  const result = { code: EXIT.done as number };
  if (argv.length === 0) {
    io.stderr(
      'Вкажіть команду: zvit report <книга.xlsx> або zvit check <книга.xlsx>. Довідка: zvit --help.\n',
    );
    return EXIT.usage;
  }
  try {
    await program(io, result).parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help ends here with exit code 0; anything else is bad usage.
      if (error.exitCode === 0) return EXIT.done;
      if (error.code !== 'commander.help') io.stderr(`${usageMessage(error)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    // A FileProblem is one line the person can act on; anything else is our bug.
    io.stderr(`${error instanceof FileProblem ? message : `Помилка: ${message}`}\n`);
    return EXIT.usage;
  }
};

/**
 * The process's own streams as an Io. Node ignores SIGPIPE, so a reader that went away
 * (`zvit … | head`) surfaces as an EPIPE error event on the stream, which unhandled prints a stack
 * trace. The command ends there as SIGPIPE ends a Unix tool: at once, quietly. A pipe's write
 * can fail after the command has gone on (the reader leaves while the rest of a long output
 * waits), even while a report's temporary file is open: writeAtomically removes it on exit.
 */
export const processIo = (): Io => {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(EXIT.readerGone);
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
};

if (require.main === module) {
  void run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
