/**
 * The plan's defaults, in a module of their own so that `--help` can show them without loading the
 * pipeline.
 */

/** The coming revision of Resolution 140, as cited, when `--revision` is not given. */
export const DEFAULT_REVISION = "Rev. Bucharest, 2022";
