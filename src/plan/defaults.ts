/**
 * The plan's defaults, in a module of their own so that `--help` can show them without loading the
 * pipeline.
 */

/**
 * The coming revision of Resolution 140, as cited, when `--revision` is not given: the pending form,
 * since the place and year of the next Plenipotentiary Conference are not the tool's to invent.
 */
export const DEFAULT_REVISION = "Rev. [Place], [Year]";
/** The next meeting of a Sector's assembly or conference, when `--itu-r-meeting` etc. are not given. */
export const DEFAULT_MEETING = "[Place], [Year]";
