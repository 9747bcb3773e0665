/**
 * The bench's own production build and preview server: `OUT_DIR=dist-bench npm run build`, then
 * `vite preview --outDir dist-bench` on a free localhost port, in its own process group so that
 * stopping it ends npm/vite and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface CommandResult {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs a command in the project folder and keeps its combined output (printed only on failure). */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: performance.now() - started }));
  });
}

export async function buildBench(outDir: string): Promise<CommandResult> {
  const result = await run('npm', ['run', 'build'], { OUT_DIR: outDir });
  if (result.code !== 0) {
    throw new Error(
      `OUT_DIR=${outDir} npm run build failed (exit ${result.code}):\n${result.output}`,
    );
  }
  return result;
}

/** A port that was free a moment ago (the preview server is started with --strictPort). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PreviewServer {
  origin: string;
  /** The base path of the build (BASE_PATH), always ending in a slash. */
  base: string;
  url(path: string): string;
  stop(): Promise<void>;
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    const pid = child.pid;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal); // the whole group we started: npm exec → sh → vite
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    kill('SIGTERM');
  });
}

/** Starts `npx vite preview` for the bench build (on `port`, or a free one) and waits until it answers. */
export async function startPreview(outDir: string, port?: number): Promise<PreviewServer> {
  port ??= await freePort();
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: root,
      // vite.config.ts reads OUT_DIR for its 404 middleware.
      env: { ...process.env, OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const server: PreviewServer = {
    origin,
    base,
    url: (path) => `${origin}${base}${path.replace(/^\//, '')}`,
    stop: () => stopGroup(child),
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    }
    try {
      const response = await fetch(server.url('/'));
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
