declare module "virtual:pathwise-content" {
  import type { Pathway, Profile } from "@pathwise/core/engine";

  /** The flagship pathway, validated at build time. */
  export const pathway: Pathway;
  /** Its example profiles (file name and profile), validated at build time. */
  export const profiles: readonly { readonly file: string; readonly profile: Profile }[];
}
