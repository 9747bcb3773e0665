/**
 * `npm audit` of the production dependencies, as a step of the test command: fails on high or
 * critical findings, and says plainly (without failing) when the registry's audit service cannot
 * be asked, e.g. behind a registry mirror without it. See audit-verdict.ts for how npm's output is
 * read.
 */
import { spawnSync } from 'node:child_process';
import { describeVerdict, judgeAudit, type AuditVerdict } from './audit-verdict.ts';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 180_000,
  maxBuffer: 64 * 1024 * 1024,
});

let verdict: AuditVerdict;
if (result.error) {
  const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  verdict = timedOut
    ? { kind: 'unavailable', reason: 'no answer within 3 minutes' }
    : { kind: 'broken', reason: `npm could not be run: ${result.error.message}` };
} else {
  verdict = judgeAudit(result.status, result.stdout);
}

const { lines, fail } = describeVerdict(verdict);
for (const line of lines) (fail ? console.error : console.log)(line);
process.exitCode = fail ? 1 : 0;
