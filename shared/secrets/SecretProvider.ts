/** Reads secrets by name (Key Vault secret names, e.g. `ado-pat`). Values never go into logs or errors. */
export interface SecretProvider {
  /** The secret's value; throws SecretNotFoundError when absent, SecretUnavailableError when it cannot be read. */
  get(name: string): Promise<string>;
  /** The secret's value, or undefined when no such secret exists; throws SecretUnavailableError when it cannot be read. */
  getOptional(name: string): Promise<string | undefined>;
}
