import { inSchoolYearOrder, schoolYearMonthsText } from '../../../src/core/schedule/school-year-months';

describe('survey months in the order of the school year', () => {
  it('names the months a northern school year meets first, whatever order they were typed in', () => {
    expect(schoolYearMonthsText([1, 4, 10], '2026-08-31')).toBe('October, January and April');
    expect(schoolYearMonthsText([10, 1, 4], '2026-08-31')).toBe('October, January and April');
  });

  it("starts from a southern school's first month", () => {
    // An Australian year starts in late January: December is its last month, not its first.
    expect(inSchoolYearOrder([12, 3, 6, 1], '2027-01-28')).toEqual([1, 3, 6, 12]);
  });

  it('says one month alone and never repeats one', () => {
    expect(schoolYearMonthsText([5, 5], '2026-09-01')).toBe('May');
  });
});
