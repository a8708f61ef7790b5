// Runs before anything else in `npm start`, `npm run fourfold` and `npm test`: Fourfold's
// code is TypeScript that Node runs directly (type stripping, Node 22.18 and later), so an
// older Node would install cleanly and then fail every command with
// ERR_UNKNOWN_FILE_EXTENSION ".ts". Plain JavaScript, so that any Node can read it.
const needed = [22, 18];

/** Why `version` (e.g. "20.20.2") cannot run Fourfold, or null when it can. */
function nodeVersionProblem(version) {
  const [major, minor] = version.split(".").map(Number);
  const recent = major > needed[0] || (major === needed[0] && minor >= needed[1]);
  if (recent) return null;
  return `fourfold needs Node ${needed.join(".")} or newer (this is Node ${version}): install a current Node from https://nodejs.org`;
}

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
