/** The library: pure functions over the model, no terminal and no file system of the caller's. */
export * from "./diagnostics.js";
export * from "./model.js";
export * from "./terms.js";
