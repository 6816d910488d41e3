/** A file-system problem of a path, with its code (an errno, or one of Tamhil's own) and never Node's wording. */
export class FileProblemError extends Error {
  constructor(
    readonly code: string,
    path: string,
  ) {
    super(`${code}: ${path}`);
  }
}
