/** Where the published JSON Schema of format 1 lives, for `$schema` modelines and `$id`. */
export const pathwaySchemaId = "https://unpkg.com/@pathwise/core/schema/pathway.schema.json";

/** Where the published JSON Schema of the profile format lives. */
export const profileSchemaId = "https://unpkg.com/@pathwise/core/schema/profile.schema.json";
