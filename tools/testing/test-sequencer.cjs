// Jest's order of test files: the end-to-end files that take longest first, then jest's own order
// (the slowest files of the last run first, or the largest when there is no last run). On a fresh
// clone jest knows no durations and would start the fault files last, leaving one of them running
// alone at the end while the other worker idles.
'use strict';
const Sequencer = require('@jest/test-sequencer').default;

/** The longest end-to-end files, longest first, as measured beside the browser suite in `npm test`. */
const LONGEST_FIRST = [
  'faults-infrastructure.e2e-spec.ts',
  'protection.e2e-spec.ts',
  'notifications.e2e-spec.ts',
  'faults.e2e-spec.ts',
  'service-boot.e2e-spec.ts',
  'referral-flow.e2e-spec.ts',
  'analytics.e2e-spec.ts',
];

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (test) => {
      const index = LONGEST_FIRST.findIndex((name) => test.path.endsWith(`/e2e/src/${name}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep jest's order.
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirstSequencer;
