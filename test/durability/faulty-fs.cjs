// Loaded with NODE_OPTIONS=--require into the compact CLI: makes the writing of temporary files
// (.NAME.<hex>.tmp) under COMPACT_FAULT_DIR fail, or kills the process while they are written.
//   COMPACT_FAULT=enospc        half the bytes are written, then ENOSPC
//   COMPACT_FAULT=sync-fails    all bytes are written; flushing them to disk fails with EIO
//   COMPACT_FAULT=rename-fails  the temporary file is complete; renaming it over the target fails with EIO
//   COMPACT_FAULT=kill-mid-write      half the bytes are written, then SIGKILL
//   COMPACT_FAULT=kill-before-rename  the temporary file is complete and flushed, then SIGKILL
//   COMPACT_FAULT_AT=N          the fault hits the Nth temporary file (default 1); earlier ones are written normally
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const path = require('node:path');

const fault = process.env.COMPACT_FAULT;
const directory = path.resolve(process.env.COMPACT_FAULT_DIR ?? '/nonexistent');
const at = Number(process.env.COMPACT_FAULT_AT ?? '1');
const promises = fs.promises;
const originalOpen = promises.open;
const originalRename = promises.rename;
let temporaryFiles = 0;

const isTemporary = (file) => {
  const resolved = path.resolve(String(file));
  return resolved.startsWith(directory + path.sep) && /^\..+\.[0-9a-f]{12}\.tmp$/.test(path.basename(resolved));
};
const failure = (code, syscall) => Object.assign(new Error(`${code}: simulated failure, ${syscall}`), { code, syscall });
const kill = () => {
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => {});
};
const halfOf = (data) => {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
};

promises.open = async function open(file, ...rest) {
  const handle = await originalOpen.call(this, file, ...rest);
  if (!isTemporary(file) || ++temporaryFiles !== at) return handle;
  const writeFile = handle.writeFile.bind(handle);
  const sync = handle.sync.bind(handle);
  handle.writeFile = async (data, ...options) => {
    if (fault === 'enospc' || fault === 'kill-mid-write') {
      await writeFile(halfOf(data));
      await sync();
      if (fault === 'enospc') throw failure('ENOSPC', 'write');
      return kill();
    }
    return writeFile(data, ...options);
  };
  handle.sync = async () => {
    if (fault === 'sync-fails') throw failure('EIO', 'fsync');
    await sync();
    if (fault === 'kill-before-rename') return kill();
  };
  return handle;
};

promises.rename = async function rename(from, to) {
  if (fault === 'rename-fails' && isTemporary(from) && temporaryFiles === at) throw failure('EIO', 'rename');
  return originalRename.call(this, from, to);
};

syncBuiltinESMExports();
