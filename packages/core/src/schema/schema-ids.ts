/**
 * Where the published JSON Schema of format 1 lives, for `$schema` modelines and `$id`.
 *
 * @example
 * // The first line of a pathway file that editors validate with the schema:
 * const header = `# yaml-language-server: $schema=${pathwaySchemaId}`;
 */
export const pathwaySchemaId = "https://unpkg.com/@pathwise/core/schema/pathway.schema.json";

/**
 * Where the published JSON Schema of the profile format lives.
 *
 * @example
 * const header = `# yaml-language-server: $schema=${profileSchemaId}`;
 */
export const profileSchemaId = "https://unpkg.com/@pathwise/core/schema/profile.schema.json";
