// Before `clasp push`: the project to push to is this machine's own `.clasp.json`, written by
// `clasp create` (docs/deploy.md, step 3). It is not committed: a committed one with a
// placeholder id made `clasp create` stop at «Project file already exists» and push nowhere.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOW =
  'Create the project once: npx clasp create --type standalone --title "Zvit" --rootDir dist ' +
  '(docs/deploy.md, step 3), or write {"scriptId": "<id>", "rootDir": "dist"} into .clasp.json.';

/** Why `.clasp.json` in `folder` cannot be pushed to, or null when it can. */
export const claspProblem = (folder = '.') => {
  const path = `${folder}/.clasp.json`;
  if (!existsSync(path)) return `No .clasp.json here. ${HOW}`;
  let project;
  try {
    project = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return `.clasp.json is not JSON. ${HOW}`;
  }
  const id = typeof project?.scriptId === 'string' ? project.scriptId : '';
  // A script id is some 57 characters of letters, digits, - and _; a placeholder in capitals
  // ("REPLACE_WITH_YOUR_SCRIPT_ID") is not one.
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id) || /^[A-Z_]+$/.test(id))
    return `.clasp.json has no script id ("${id}"). ${HOW}`;
  if (project.rootDir !== 'dist')
    return `.clasp.json must push dist/ (its "rootDir" is "${project.rootDir ?? ''}"). ${HOW}`;
  return null;
};

// Run as a program (not imported by a test): argv[1] may reach this file through a symlinked
// folder, the module's URL never does.
const ranAs = process.argv[1] && existsSync(process.argv[1]) ? realpathSync(process.argv[1]) : '';
if (ranAs === realpathSync(fileURLToPath(import.meta.url))) {
  const problem = claspProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
