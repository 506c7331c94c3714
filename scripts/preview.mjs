/**
 * Builds the app (unless SKIP_BUILD=1) and serves it with `vite preview` on localhost for the
 * duration of a callback. The server is started directly (no npx wrapper) and stopped by its pid.
 */
import { spawn, spawnSync } from 'node:child_process';
import { distDir, origin, port } from './browser-config.mjs';

const vite = 'node_modules/.bin/vite';

function build() {
  const result = spawnSync(vite, ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

async function waitForServer(child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on port ${port} within ${timeoutMs} ms`);
}

/** Runs `fn(origin)` while the production build is served. */
export async function withPreview(fn) {
  if (process.env.SKIP_BUILD !== '1') build();
  const child = spawn(vite, ['preview', '--port', String(port), '--strictPort', '--outDir', distDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(child);
    return await fn(origin);
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
