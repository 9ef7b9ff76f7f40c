// Checks the inputs of the GitHub Action (action.yml passes them as INPUT_* variables) before anything is installed,
// so that a typo fails the step at once with one line naming the input. The lists follow the CLI: a test compares
// them with `compact lint --help` and `compact validate --help`.
const ALLOWED = {
  command: ['validate', 'lint'],
  format: ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'gitlab'],
  'fail-on': ['error', 'warning', 'info'],
  sarif: ['true', 'false'],
  summary: ['true', 'false'],
};

/** The first input that is not allowed, as the one-line reason; undefined when every input is fine. */
function inputProblem(env) {
  const paths = env.INPUT_PATHS ?? '';
  if (paths.trim() === '') return "input 'paths' is empty; give the files, directories or globs to check, for example: compacts/";
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    const value = env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] ?? '';
    if (!allowed.includes(value)) return `input '${name}' must be ${oneOf(allowed)}, got '${value}'`;
  }
  return undefined;
}

function oneOf(values) {
  return values.length === 2 ? values.join(' or ') : `one of ${values.join(', ')}`;
}

/** The escaping of a workflow command's message, as in @actions/core. */
function escapeData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const problem = inputProblem(process.env);
if (problem) {
  process.stdout.write(`::error title=compact::${escapeData(problem)}\n`);
  process.exitCode = 2;
}
