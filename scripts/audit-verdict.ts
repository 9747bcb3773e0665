/**
 * Reads what `npm audit --omit=dev --audit-level=high --json` printed and how it exited, and says
 * what it means for the build: clean, vulnerable (high or critical findings: fail), the audit
 * service unreachable (no verdict possible: say so, do not fail), or something else gone wrong
 * (fail, so that a broken check is never mistaken for a clean one).
 */

export interface SeverityCounts {
  info: number;
  low: number;
  moderate: number;
  high: number;
  critical: number;
}

export type AuditVerdict =
  | { kind: 'clean'; counts: SeverityCounts }
  | { kind: 'vulnerable'; counts: SeverityCounts; findings: string[] }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'broken'; reason: string };

/** Network failures and answers of a registry without (or with a failing) audit service. */
const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENOAUDIT',
  'E400',
  'E403',
  'E404',
  'E405',
  'E429',
  'E500',
  'E502',
  'E503',
  'E504',
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function countsOf(metadata: unknown): SeverityCounts | undefined {
  if (!isObject(metadata) || !isObject(metadata.vulnerabilities)) return undefined;
  const v = metadata.vulnerabilities;
  const n = (key: string) => (typeof v[key] === 'number' ? v[key] : 0);
  return {
    info: n('info'),
    low: n('low'),
    moderate: n('moderate'),
    high: n('high'),
    critical: n('critical'),
  };
}

/** One line per vulnerable package: name, severity, what the advisories say, whether a fix exists. */
function findingsOf(vulnerabilities: unknown): string[] {
  if (!isObject(vulnerabilities)) return [];
  return Object.values(vulnerabilities)
    .filter(isObject)
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => {
      const via = Array.isArray(v.via) ? v.via : [];
      const titles = via
        .map((item) => (isObject(item) ? text(item.title) : `via ${text(item)}`))
        .filter(Boolean);
      const fix = v.fixAvailable === false ? 'no fix available' : 'fix available';
      return `${text(v.name)} (${text(v.severity)}): ${[...new Set(titles)].join('; ')} – ${fix}`;
    });
}

/** Whether an error report from npm means the audit service could not be asked. */
function unreachable(report: Json): string | undefined {
  const error = isObject(report.error) ? report.error : {};
  const code = text(error.code) || text(report.code);
  const status = typeof report.statusCode === 'number' ? `HTTP ${report.statusCode}` : '';
  const message = text(report.message) || text(error.summary) || text(error.detail) || code;
  // An HTTP error from the audit service itself (npm names its address).
  const fromAuditService = /security\/(advisories|audits)|audit endpoint/i.test(
    `${text(report.uri)} ${message}`,
  );
  if (UNREACHABLE_CODES.has(code) || fromAuditService) return message || status || code;
  return undefined;
}

export function judgeAudit(exitStatus: number | null, stdout: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      kind: 'broken',
      reason: `npm audit printed no JSON (exit status ${exitStatus ?? 'none'}): ${stdout.trim().slice(0, 200) || 'no output'}`,
    };
  }
  if (!isObject(report)) {
    return { kind: 'broken', reason: 'npm audit printed JSON that is not a report' };
  }

  const counts = countsOf(report.metadata);
  if (counts) {
    const serious = counts.high + counts.critical;
    if (serious > 0) {
      return { kind: 'vulnerable', counts, findings: findingsOf(report.vulnerabilities) };
    }
    if (exitStatus !== 0) {
      return {
        kind: 'broken',
        reason: `npm audit exited with status ${exitStatus ?? 'none'} but reported no high or critical finding`,
      };
    }
    return { kind: 'clean', counts };
  }

  const reason = unreachable(report);
  if (reason && exitStatus !== 0) return { kind: 'unavailable', reason };
  return {
    kind: 'broken',
    reason: `npm audit failed (exit status ${exitStatus ?? 'none'}): ${JSON.stringify(report).slice(0, 300)}`,
  };
}

/** The verdict as the test log shows it, and whether the build fails. */
export function describeVerdict(verdict: AuditVerdict): { lines: string[]; fail: boolean } {
  switch (verdict.kind) {
    case 'clean': {
      const { low, moderate } = verdict.counts;
      return {
        lines: [
          `npm audit (production dependencies): no high or critical vulnerabilities (${moderate} moderate, ${low} low).`,
        ],
        fail: false,
      };
    }
    case 'vulnerable':
      return {
        lines: [
          `npm audit (production dependencies): ${verdict.counts.critical} critical and ${verdict.counts.high} high vulnerabilities:`,
          ...verdict.findings.map((f) => `  - ${f}`),
          'Update the packages (npm audit fix, or a newer version) and run the tests again.',
        ],
        fail: true,
      };
    case 'unavailable':
      return {
        lines: [
          `npm audit: SKIPPED – the registry's audit service could not be asked (${verdict.reason}).`,
          'No verdict on the dependencies; the check runs wherever the npm registry answers audits.',
        ],
        fail: false,
      };
    case 'broken':
      return { lines: [`npm audit: the check itself failed – ${verdict.reason}`], fail: true };
  }
}
