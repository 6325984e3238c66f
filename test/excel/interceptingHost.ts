/**
 * A host whose proxies let a test step in when the adapter calls a method: to change its arguments (a deliberately
 * wrong adapter, as forgetfulHost is) or to act on the workbook at that moment (a co-author between two syncs).
 */
import type { ExcelHost } from "../../src/excel/excelHost";

export type Intercept = (method: string, args: unknown[]) => unknown[];

function wrap<T>(target: T, intercept: Intercept): T {
  if (typeof target !== "object" || target === null) return target;
  return new Proxy(target as object, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof value === "function") return (...args: unknown[]) => wrap(value.apply(obj, intercept(String(prop), args)), intercept);
      return wrap(value, intercept);
    },
    set: (obj, prop, value) => Reflect.set(obj, prop, value, obj),
  }) as T;
}

export function interceptingHost(host: ExcelHost, intercept: Intercept): ExcelHost {
  return { ...host, run: (batch) => host.run((context) => batch(wrap(context, intercept))) };
}
