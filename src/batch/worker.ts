// The worker bundle (dist/worker.cjs) that checkInWorkers starts when the CLI's launcher has not loaded the library.
import { runBatchWorker } from './worker-share.js';

void runBatchWorker();
