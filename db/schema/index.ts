export * from "./media";
export * from "./catalog";
export * from "./venues";
export * from "./scheduling";
export * from "./identity";
export * from "./commerce";
export * from "./relations";
