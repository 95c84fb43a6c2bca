// The part of web-ext's programmatic API the Firefox test uses (web-ext ships no types).
declare module 'web-ext' {
  interface Runner {
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      run(
        options: {
          sourceDir: string;
          firefox?: string;
          startUrl?: string[];
          noInput?: boolean;
          noReload?: boolean;
          pref?: Record<string, string | number | boolean>;
        },
        context?: { shouldExitProgram?: boolean },
      ): Promise<Runner>;
    };
  };
  export default webExt;
}
