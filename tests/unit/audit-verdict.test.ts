import { describe, expect, it } from 'vitest';
import { describeVerdict, judgeAudit } from '../../scripts/audit-verdict.ts';

/** Outputs of `npm audit --omit=dev --audit-level=high --json` (npm 11), as npm prints them. */
const metadata = (counts: Partial<Record<string, number>>) => ({
  vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
  dependencies: { prod: 14, dev: 540, optional: 3, peer: 0, peerOptional: 0, total: 557 },
});

const cleanReport = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: metadata({}),
});

const moderateReport = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    'some-lib': {
      name: 'some-lib',
      severity: 'moderate',
      isDirect: true,
      via: [{ source: 1, name: 'some-lib', title: 'Prototype pollution', severity: 'moderate' }],
      effects: [],
      range: '<1.2.3',
      nodes: ['node_modules/some-lib'],
      fixAvailable: true,
    },
  },
  metadata: metadata({ moderate: 1, total: 1 }),
});

const highReport = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    lodash: {
      name: 'lodash',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1106913,
          name: 'lodash',
          dependency: 'lodash',
          title: 'Command Injection in lodash',
          url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
          severity: 'high',
          range: '<4.17.21',
        },
      ],
      effects: ['some-lib'],
      range: '<=4.17.20',
      nodes: ['node_modules/lodash'],
      fixAvailable: true,
    },
    'some-lib': {
      name: 'some-lib',
      severity: 'critical',
      isDirect: true,
      via: ['lodash'],
      effects: [],
      range: '*',
      nodes: ['node_modules/some-lib'],
      fixAvailable: false,
    },
  },
  metadata: metadata({ high: 1, critical: 1, total: 2 }),
});

/** This machine's registry mirror: the audit service answers 405. */
const endpoint405 = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

/** No network at all. */
const offline = JSON.stringify({
  error: {
    code: 'ENOTFOUND',
    summary:
      'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
    detail: 'This is a problem related to network connectivity.',
  },
});

/** A project problem, not the registry's: the audit must not pass over it. */
const noLockfile = JSON.stringify({
  error: {
    code: 'ENOLOCK',
    summary: 'This command requires an existing lockfile.',
    detail: 'Try creating one first with: npm i --package-lock-only',
  },
});

describe('reading npm audit’s verdict', () => {
  it('passes a report without findings', () => {
    const verdict = judgeAudit(0, cleanReport);
    expect(verdict.kind).toBe('clean');
    expect(describeVerdict(verdict).fail).toBe(false);
  });

  it('passes moderate and low findings (the bar is high and critical)', () => {
    const verdict = judgeAudit(0, moderateReport);
    expect(verdict).toMatchObject({ kind: 'clean', counts: { moderate: 1 } });
    expect(describeVerdict(verdict).lines[0]).toContain('1 moderate');
  });

  it('fails on high and critical findings and names each package', () => {
    const verdict = judgeAudit(1, highReport);
    expect(verdict.kind).toBe('vulnerable');
    const { lines, fail } = describeVerdict(verdict);
    expect(fail).toBe(true);
    expect(lines[0]).toContain('1 critical and 1 high');
    expect(lines).toContainEqual(
      expect.stringContaining('lodash (high): Command Injection in lodash'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('some-lib (critical): via lodash – no fix available'),
    );
  });

  it('fails on findings even if npm’s exit status said otherwise', () => {
    expect(judgeAudit(0, highReport).kind).toBe('vulnerable');
  });

  it('reports an audit service that answers with an HTTP error, without failing', () => {
    const verdict = judgeAudit(1, endpoint405);
    expect(verdict).toEqual({
      kind: 'unavailable',
      reason:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    const { lines, fail } = describeVerdict(verdict);
    expect(fail).toBe(false);
    expect(lines[0]).toMatch(/^npm audit: SKIPPED/);
  });

  it('reports a registry that cannot be reached at all, without failing', () => {
    const verdict = judgeAudit(1, offline);
    expect(verdict.kind).toBe('unavailable');
    expect(describeVerdict(verdict).fail).toBe(false);
  });

  it('fails when npm fails for a reason of the project’s own', () => {
    const verdict = judgeAudit(1, noLockfile);
    expect(verdict.kind).toBe('broken');
    expect(describeVerdict(verdict).fail).toBe(true);
  });

  it('fails when npm prints no JSON, or exits with an error beside a clean report', () => {
    expect(judgeAudit(1, '').kind).toBe('broken');
    expect(judgeAudit(1, 'npm ERR! something').kind).toBe('broken');
    expect(judgeAudit(1, cleanReport).kind).toBe('broken');
    expect(judgeAudit(null, '[]').kind).toBe('broken');
  });
});
