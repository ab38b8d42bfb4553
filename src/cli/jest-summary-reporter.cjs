// Prints one closing line any CI can read: "tests: N passed, M failed".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  }
}

module.exports = SummaryReporter;
