// Builds build/Code.js once before the tests that load the real bundle. The build is an ES module with a
// top-level await (its command-line entry), so it is loaded with import(), not require().
module.exports = async function buildBeforeTests() {
  const { buildAddon } = await import('./build.mjs');
  await buildAddon();
};
