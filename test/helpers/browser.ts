// The browser oracle lives in test/helpers/oracles/browser.ts; this path stays for the tests that import it.
export { axeViolations, chromiumExecutable, launchChromium } from './oracles/browser.js';
