import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Parts of a page load on demand or when the browser is idle. `findBy…` and `waitFor` return as
// soon as what they wait for is there; this is only the ceiling, raised from 1 s so that a busy
// machine (CI, or the suite run beside other work) waits for a part rather than failing.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
