import { describeProblem } from '../../../src/core/problems';
import { importStaff, parseCsv, roleFromPosition, suggestMapping } from '../../../src/core/registry/import';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF endings and a BOM', () => {
    const csv = '\uFEFFName,Note\r\n"Doe, Jane","Says ""hi""\r\nthen leaves"\r\nBen Ortiz,\r\n';
    expect(parseCsv(csv)).toEqual([
      ['Name', 'Note'],
      ['Doe, Jane', 'Says "hi"\r\nthen leaves'],
      ['Ben Ortiz', ''],
    ]);
  });

  it('keeps a last line with no line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('suggestMapping', () => {
  it('maps the names HR exports use to Staff columns', () => {
    expect(suggestMapping(['Employee ID', 'First', 'Last', 'E-mail', 'Position', 'Dept'])).toEqual({
      firstName: 1,
      lastName: 2,
      email: 3,
      role: 4,
      department: 5,
    });
    expect(suggestMapping(['Full name', 'Email Address', 'Grade Level'])).toEqual({
      name: 0,
      email: 1,
      gradeLevels: 2,
    });
  });
});

describe('importStaff', () => {
  const csv = parseCsv(
    [
      'First,Last,Email Address,Position,Dept',
      'Jane,Doe,Jane.Doe@LincolnMS.org ,Grade 6 Math Teacher,Math',
      'Pat,Jones,pjones@lincolnms.org,Instructional Aide,',
      ',,,,',
      'John,Smith,Mr. Smith,Teacher,Science',
      'Ben,Ortiz,ben.ortiz@lincolnms.org,Teacher,Math',
      'Jane,Doe,jane.doe@lincolnms.org,Math Teacher,Math',
      'Gia,Russo,gia.russo@lincolnms.org,Special Education Teacher,SPED',
      'Ann,Lee,,School Counselor,Guidance',
    ].join('\n'),
  );
  const { add, problems } = importStaff(csv, suggestMapping(csv[0]!), new Map([['ben.ortiz@lincolnms.org', 7]]));

  it('adds new people with their role read from the job title', () => {
    expect(add).toEqual([
      {
        email: 'jane.doe@lincolnms.org',
        name: 'Jane Doe',
        role: 'teacher',
        department: 'Math',
        gradeLevels: '',
        facilitatorTrainedOn: '',
        active: 'Yes',
      },
      {
        email: 'pjones@lincolnms.org',
        name: 'Pat Jones',
        role: 'paraprofessional',
        department: '',
        gradeLevels: '',
        facilitatorTrainedOn: '',
        active: 'Yes',
      },
      {
        email: 'gia.russo@lincolnms.org',
        name: 'Gia Russo',
        role: 'special educator',
        department: 'SPED',
        gradeLevels: '',
        facilitatorTrainedOn: '',
        active: 'Yes',
      },
    ]);
  });

  it('reports malformed emails and duplicates instead of importing them', () => {
    expect(problems.map(describeProblem)).toEqual([
      'Staff import, row 5, column "Email": "Mr. Smith" is not an email address — fix it in the file; this person was not imported',
      'Staff import, row 6, column "Email": "ben.ortiz@lincolnms.org" is already on the Staff tab (row 7) — not imported again',
      'Staff import, row 7, column "Email": "jane.doe@lincolnms.org" appears earlier in the file (row 2) — only the first is imported',
      'Staff import, row 9, column "Email": has no email address — fix it in the file; this person was not imported',
    ]);
  });

  it('reads common job titles as roles', () => {
    expect(
      ['Assistant Principal', 'School Counselor', 'MSW Social Worker', 'Art', 'Instructional Coach', 'Custodian'].map(
        roleFromPosition,
      ),
    ).toEqual(['administrator', 'counselor', 'social worker', 'specialist', 'coach', 'other']);
  });
});
