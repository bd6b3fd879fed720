/** The settings the core reads (VS Code's `runbook.*`, the CLI's flags); all have defaults. */
export interface Settings {
  /** Largest text analysed, in characters; larger files get one `file-too-large` info. */
  maxFileSize: number;
}

export const defaultSettings: Settings = {
  maxFileSize: 5 * 1024 * 1024,
};
