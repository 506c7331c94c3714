export declare const port: number;
export declare const origin: string;
export declare const chromePath: string;
export declare const distDir: string;
export declare const chromeFlags: string[];
