/** A file handed to the tests in workerd, which cannot read the file system. */
export interface FileFixture {
  /** Path under the folder it came from. */
  filename: string;
  /** Base64 of the bytes: fixtures travel into workerd as JSON bindings. */
  base64: string;
}
