import { describe, expect, it } from 'vitest';
import { errnoOf, fileSystemProblem, ownProblemCodes } from '@shared/model/file-system-problem.ts';

const hebrewLetter = /[\u05D0-\u05EA]/;

describe('file-system problems in words', () => {
  it.each([
    'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'ENOENT', 'EISDIR', 'ENOTEMPTY', 'ENAMETOOLONG', 'ELOOP', 'EBUSY',
    'EMFILE', 'ENXIO', 'ESTALE', 'ENOTSUP', ...Object.values(ownProblemCodes),
  ])('words %s as a plain sentence in Hebrew and in English, without the code', (code) => {
    const hebrew = fileSystemProblem(code, 'he');
    const english = fileSystemProblem(code, 'en');
    expect(hebrew).toMatch(hebrewLetter);
    expect(english).not.toMatch(hebrewLetter);
    for (const text of [hebrew, english]) {
      expect(text).not.toContain(code);
      expect(text).toMatch(/\.$/);
    }
  });

  it('says what the common refusals are', () => {
    expect(fileSystemProblem('EACCES', 'en')).toBe('There is no permission for the file or folder.');
    expect(fileSystemProblem('ENOSPC', 'en')).toBe('The disk is full.');
    expect(fileSystemProblem(ownProblemCodes.namedPipe, 'en')).toBe('It is a named pipe, not a file.');
    expect(fileSystemProblem(ownProblemCodes.readOnlyFile, 'en')).toBe('The file is marked read-only, so it was not replaced. Make it writable, or write to another file.');
  });

  it('names a code it has no words for, rather than saying nothing', () => {
    expect(fileSystemProblem('EWHATEVER', 'en')).toBe('A file-system error occurred (EWHATEVER).');
  });

  it('takes the code of an error, and calls anything without one an input/output error, by its code', () => {
    expect(fileSystemProblem('EIO', 'en')).toBe('A file-system error occurred (EIO).');
    expect(errnoOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('EACCES');
    expect(errnoOf(new Error('no code'))).toBe('EIO');
    expect(errnoOf(null)).toBe('EIO');
    expect(errnoOf('text')).toBe('EIO');
  });
});
