import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the output with one line that tells the outcome, e.g.
 * "e2e: FAILED (2 failed, 93 passed) in 4.1 min". The list reporter's own summary puts the
 * names of failed tests last, so its final line can read "93 passed" on a failed run.
 */
export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const outcome = test.outcome();
    if (outcome === 'expected') this.counts.passed++;
    else if (outcome === 'flaky') this.counts.flaky++;
    else if (outcome === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(result: FullResult) {
    const parts = Object.entries(this.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    const minutes = (result.duration / 60_000).toFixed(1);
    console.log(`\ne2e: ${result.status === 'passed' ? 'PASSED' : 'FAILED'} (${parts.join(', ') || 'no tests'}) in ${minutes} min`);
  }

  printsToStdio() {
    return false;
  }
}
