// PLG hours per person and protocols used per group, from the meetings held and the attendance recorded.
import { plgHours } from '../../../src/core/metrics/plg-hours';
import { protocolsUsed } from '../../../src/core/metrics/protocols-used';

const meetings = [
  { key: 'M-1', group: 'MATH', date: '2026-09-08', status: 'scheduled' as const, minutes: 60, protocol: 'tuning' },
  { key: 'M-2', group: 'MATH', date: '2026-09-22', status: 'canceled' as const, minutes: 60, protocol: undefined },
  { key: 'M-3', group: 'MATH', date: '2026-10-06', status: 'scheduled' as const, minutes: 55, protocol: undefined },
  { key: 'F-1', group: 'FAC', date: '2026-09-15', status: 'scheduled' as const, minutes: 50, protocol: 'chalk-talk' },
  { key: 'M-4', group: 'MATH', date: '2026-12-01', status: 'scheduled' as const, minutes: 60, protocol: 'tuning' },
];
const attendance = [
  { meeting: 'M-1', email: 'ana@s.org', present: true },
  { meeting: 'M-1', email: 'ben@s.org', present: true },
  { meeting: 'M-3', email: 'ana@s.org', present: true },
  { meeting: 'M-3', email: 'ben@s.org', present: false },
  { meeting: 'F-1', email: 'ana@s.org', present: true },
  // A correction typed below: Ben did come to the first meeting after all — and then left; the last mark wins.
  { meeting: 'M-1', email: 'ben@s.org', present: false },
  { meeting: 'M-4', email: 'ana@s.org', present: true },
];

describe('PLG hours', () => {
  it('adds the minutes of every held meeting a person was marked present at, nothing planned or absent', () => {
    expect(plgHours(meetings, attendance, '2026-10-20')).toEqual([
      { email: 'ana@s.org', groups: ['MATH', 'FAC'], meetings: 3, minutes: 165 },
    ]);
  });
});

describe('a meeting used for other business', () => {
  it('gives no PLG hours, even to those marked present, and counts no protocol', () => {
    const repurposed = [
      ...meetings,
      { key: 'M-5', group: 'MATH', date: '2026-10-13', status: 'repurposed' as const, minutes: 60, protocol: 'tuning' },
    ];
    const marked = [...attendance, { meeting: 'M-5', email: 'ana@s.org', present: true }];
    expect(plgHours(repurposed, marked, '2026-10-20')).toEqual(plgHours(meetings, attendance, '2026-10-20'));
    expect(protocolsUsed(repurposed, [{ id: 'MATH', defaultProtocol: undefined }], '2026-10-20')).toEqual(
      protocolsUsed(meetings, [{ id: 'MATH', defaultProtocol: undefined }], '2026-10-20'),
    );
  });
});

describe('protocols used', () => {
  it("counts each held meeting's protocol, or its group's default, most used first", () => {
    expect(
      protocolsUsed(
        meetings,
        [
          { id: 'MATH', defaultProtocol: 'consultancy' },
          { id: 'FAC', defaultProtocol: undefined },
        ],
        '2026-10-20',
      ),
    ).toEqual([
      { group: 'FAC', counts: [{ protocol: 'chalk-talk', meetings: 1 }] },
      {
        group: 'MATH',
        counts: [
          { protocol: 'consultancy', meetings: 1 },
          { protocol: 'tuning', meetings: 1 },
        ],
      },
    ]);
  });
});
