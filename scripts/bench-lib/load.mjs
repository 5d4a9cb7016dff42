// The server under load. The load generator is a Rust example,
// server/examples/load.rs: it serves a scene on loopback, drives
// GET /api/scenes/{id} and POST /api/events, and prints for each call a line
// with its requests per second and latency percentiles, plus the raw
// batched SQLite insert rate for comparison. This runs it and keeps its
// lines as they are; for the budgets it reads, from a line naming the call,
// the number before "req/s" and the one after "p99" (in ms, or µs/us).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const LOAD_EXAMPLE = 'server/examples/load.rs';
export const CALLS = ['GET /api/scenes/{id}', 'POST /api/events'];
/** How the PostgreSQL lines begin (when the run had PINPOINT_TEST_DATABASE). */
export const POSTGRES_SETUPS = ['PostgreSQL, 1 server', 'PostgreSQL, 2 servers'];

export async function serverLoad(root) {
  if (!existsSync(join(root, LOAD_EXAMPLE))) {
    return { present: false, lines: [`server load: see ${LOAD_EXAMPLE} (not present)`], calls: {} };
  }
  console.error(`bench: cargo run --release -q -p pinpoint-server --example load`);
  const { code, stdout } = await run('cargo', ['run', '--release', '-q', '-p', 'pinpoint-server', '--example', 'load'], root);
  const lines = stdout.split('\n').map((l) => l.trimEnd()).filter(Boolean);
  if (code !== 0) lines.push(`server load: ${LOAD_EXAMPLE} exited with status ${code}`);
  const sqlite = lines.filter((l) => !l.startsWith('PostgreSQL'));
  const postgres = Object.fromEntries(POSTGRES_SETUPS.map((setup) =>
    [setup, parseLoad(lines.filter((l) => l.startsWith(`${setup}:`)))]));
  return { present: true, lines, calls: parseLoad(sqlite), postgres };
}

/** { 'GET /api/scenes/{id}': { rps, p99Ms }, ... } for the calls found. */
export function parseLoad(lines) {
  const calls = {};
  for (const call of CALLS) {
    const [method, path] = call.split(' ');
    const prefix = path.replace('{id}', '');
    const line = lines.find((l) => l.includes(method) && l.includes(prefix));
    if (!line) continue;
    const rps = line.match(/([\d][\d,_]*(?:\.\d+)?)\s*(?:req|requests)\s*\/\s*s/i);
    const p99 = line.match(/p99[^\d]{0,4}([\d.]+)\s*(ms|µs|us)?/i);
    calls[call] = {
      rps: rps ? Number(rps[1].replace(/[,_]/g, '')) : NaN,
      p99Ms: p99 ? Number(p99[1]) / (p99[2] && p99[2] !== 'ms' ? 1000 : 1) : NaN,
    };
  }
  return calls;
}

function run(command, args, cwd) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => { stdout += d; process.stderr.write(d); });
    child.once('error', fail);
    child.once('close', (code) => ok({ code, stdout }));
  });
}
