// @ts-self-types="./observability.d.ts"
// deno-fmt-ignore-file
// deno-lint-ignore-file
// lockbox 0.1.4: observability bundle for Bun (observability.bun.mjs)
// source commit: a94225aac333e47eaa5f89c6f007d31551b85097
// built by scripts/build.ts with esbuild 0.28.2; do not edit, rebuild
// third-party licenses: ./THIRD_PARTY_NOTICES.txt
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};

// node_modules/@opentelemetry/api/dist/version.mjs
var VERSION;
var init_version = __esm({
  "node_modules/@opentelemetry/api/dist/version.mjs"() {
    VERSION = "1.10.0";
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.mjs
function _makeCompatibilityCheck(ownVersion) {
  const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
  const rejectedVersions = /* @__PURE__ */ new Set();
  const myVersionMatch = ownVersion.match(re);
  if (!myVersionMatch) return () => false;
  const ownVersionParsed = {
    major: +myVersionMatch[1],
    minor: +myVersionMatch[2],
    patch: +myVersionMatch[3],
    prerelease: myVersionMatch[4]
  };
  if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
    return globalVersion === ownVersion;
  };
  function _reject(v) {
    rejectedVersions.add(v);
    return false;
  }
  function _accept(v) {
    acceptedVersions.add(v);
    return true;
  }
  return function isCompatible2(globalVersion) {
    if (acceptedVersions.has(globalVersion)) return true;
    if (rejectedVersions.has(globalVersion)) return false;
    const globalVersionMatch = globalVersion.match(re);
    if (!globalVersionMatch) return _reject(globalVersion);
    const globalVersionParsed = {
      major: +globalVersionMatch[1],
      minor: +globalVersionMatch[2],
      patch: +globalVersionMatch[3],
      prerelease: globalVersionMatch[4]
    };
    if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
    if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
    if (ownVersionParsed.major === 0) {
      if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
      return _reject(globalVersion);
    }
    if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
    return _reject(globalVersion);
  };
}
var re, isCompatible;
var init_semver = __esm({
  "node_modules/@opentelemetry/api/dist/internal/semver.mjs"() {
    init_version();
    re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    isCompatible = _makeCompatibilityCheck(VERSION);
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.mjs
function _makeGlobalApi() {
  return Object.defineProperty({}, "version", {
    value: VERSION,
    enumerable: true,
    writable: false,
    configurable: false
  });
}
function registerGlobal(type, instance, diag3, allowOverride = false) {
  var _global$GLOBAL_OPENTE;
  const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
  if (!allowOverride && api[type]) {
    const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
    diag3.error(err.stack || err.message);
    return false;
  }
  if (api.version !== "1.10.0") {
    const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${VERSION}`);
    diag3.error(err.stack || err.message);
    return false;
  }
  api[type] = instance;
  diag3.debug(`@opentelemetry/api: Registered a global for ${type} v${VERSION}.`);
  return true;
}
function getGlobal(type) {
  const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
  if (api == null) return;
  if (api !== _compatibleGlobalApi) {
    if (!api.version || !isCompatible(api.version)) return;
    _compatibleGlobalApi = api;
  }
  return api[type];
}
function unregisterGlobal(type, diag3) {
  diag3.debug(`@opentelemetry/api: Unregistering a global for ${type} v${VERSION}.`);
  const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
  if (api) delete api[type];
}
var major, GLOBAL_OPENTELEMETRY_API_KEY, _global, _compatibleGlobalApi;
var init_global_utils = __esm({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.mjs"() {
    init_version();
    init_semver();
    major = VERSION.split(".")[0];
    GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`);
    _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.mjs
function logProxy(funcName, namespace, args) {
  const logger = getGlobal("diag");
  if (!logger) return;
  return logger[funcName](namespace, ...args);
}
var DiagComponentLogger;
var init_ComponentLogger = __esm({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.mjs"() {
    init_global_utils();
    DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.mjs
function createLogLevelDiagLogger(maxLevel, logger) {
  if (maxLevel < 0) maxLevel = 0;
  else if (maxLevel > 9999) maxLevel = 9999;
  logger = logger || {};
  function _filterFunc(funcName, theLevel) {
    const theFunc = logger[funcName];
    if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
    return function() {
    };
  }
  return {
    error: _filterFunc("error", 30),
    warn: _filterFunc("warn", 50),
    info: _filterFunc("info", 60),
    debug: _filterFunc("debug", 70),
    verbose: _filterFunc("verbose", 80)
  };
}
var init_logLevelLogger = __esm({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.mjs"() {
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.mjs
var API_NAME, DiagAPI;
var init_diag = __esm({
  "node_modules/@opentelemetry/api/dist/api/diag.mjs"() {
    init_global_utils();
    init_ComponentLogger();
    init_logLevelLogger();
    API_NAME = "diag";
    DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = getGlobal("diag");
          const newLogger = createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.mjs
var baggageEntryMetadataSymbol;
var init_symbol = __esm({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.mjs"() {
    baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.mjs
function baggageEntryMetadataFromString(str) {
  if (typeof str !== "string") {
    diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
    str = "";
  }
  return {
    __TYPE__: baggageEntryMetadataSymbol,
    toString() {
      return str;
    }
  };
}
var diag;
var init_utils = __esm({
  "node_modules/@opentelemetry/api/dist/baggage/utils.mjs"() {
    init_diag();
    init_symbol();
    diag = DiagAPI.instance();
  }
});

// node_modules/@opentelemetry/api/dist/context/context.mjs
function createContextKey(description) {
  return Symbol.for(description);
}
var ROOT_CONTEXT;
var init_context = __esm({
  "node_modules/@opentelemetry/api/dist/context/context.mjs"() {
    ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context2 = new BaseContext(self2._currentContext);
          context2._currentContext.set(key, value);
          return context2;
        };
        self2.deleteValue = (key) => {
          const context2 = new BaseContext(self2._currentContext);
          context2._currentContext.delete(key);
          return context2;
        };
      }
    }();
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.mjs
function createNoopMeter() {
  return NOOP_METER;
}
var NoopMeter, NoopMetric, NoopCounterMetric, NoopUpDownCounterMetric, NoopGaugeMetric, NoopHistogramMetric, NoopObservableMetric, NoopObservableCounterMetric, NoopObservableGaugeMetric, NoopObservableUpDownCounterMetric, NOOP_METER, NOOP_COUNTER_METRIC, NOOP_GAUGE_METRIC, NOOP_HISTOGRAM_METRIC, NOOP_UP_DOWN_COUNTER_METRIC, NOOP_OBSERVABLE_COUNTER_METRIC, NOOP_OBSERVABLE_GAUGE_METRIC, NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
var init_NoopMeter = __esm({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.mjs"() {
    NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    NoopMetric = class {
    };
    NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    NOOP_METER = new NoopMeter();
    NOOP_COUNTER_METRIC = new NoopCounterMetric();
    NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.mjs
function createNoopLogger() {
  return NOOP_LOGGER;
}
var NoopLogger, NOOP_LOGGER;
var init_NoopLogger = __esm({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.mjs"() {
    NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    NOOP_LOGGER = new NoopLogger();
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.mjs
var SeverityNumber;
var init_LogRecord = __esm({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.mjs"() {
    SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.mjs
var TraceFlags;
var init_trace_flags = __esm({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.mjs"() {
    TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.mjs
var INVALID_SPANID, INVALID_TRACEID, INVALID_SPAN_CONTEXT;
var init_invalid_span_constants = __esm({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.mjs"() {
    INVALID_SPANID = "0000000000000000";
    INVALID_TRACEID = "00000000000000000000000000000000";
    INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.mjs
var NonRecordingSpan;
var init_NonRecordingSpan = __esm({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.mjs"() {
    init_invalid_span_constants();
    NonRecordingSpan = class {
      constructor(spanContext = INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.mjs
function isValidHex(id, length) {
  if (typeof id !== "string" || id.length !== length) return false;
  let r = 0;
  for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
  return r === length;
}
function isValidTraceId(traceId) {
  return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
}
function isValidSpanId(spanId) {
  return isValidHex(spanId, 16) && spanId !== "0000000000000000";
}
function isSpanContextValid(spanContext) {
  return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
}
function wrapSpanContext(spanContext) {
  return new NonRecordingSpan(spanContext);
}
var isHex;
var init_spancontext_utils = __esm({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.mjs"() {
    init_NonRecordingSpan();
    isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.mjs
var NoopContextManager;
var init_NoopContextManager = __esm({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.mjs"() {
    init_context();
    NoopContextManager = class {
      active() {
        return ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/api/context.mjs
var API_NAME2, NOOP_CONTEXT_MANAGER, NOOP_TOKEN, ContextAPI;
var init_context2 = __esm({
  "node_modules/@opentelemetry/api/dist/api/context.mjs"() {
    init_global_utils();
    init_diag();
    init_NoopContextManager();
    API_NAME2 = "context";
    NOOP_CONTEXT_MANAGER = new NoopContextManager();
    NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return registerGlobal(API_NAME2, contextManager, DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context2, fn, thisArg, ...args) {
        return this._getContextManager().with(context2, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context2, target) {
        return this._getContextManager().bind(context2, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context2) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context2);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return getGlobal(API_NAME2) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        unregisterGlobal(API_NAME2, DiagAPI.instance());
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.mjs
function getSpan(context2) {
  return context2.getValue(SPAN_KEY) || void 0;
}
function getActiveSpan() {
  return getSpan(ContextAPI.getInstance().active());
}
function setSpan(context2, span) {
  return context2.setValue(SPAN_KEY, span);
}
function deleteSpan(context2) {
  return context2.deleteValue(SPAN_KEY);
}
function setSpanContext(context2, spanContext) {
  return setSpan(context2, new NonRecordingSpan(spanContext));
}
function getSpanContext(context2) {
  var _getSpan;
  return (_getSpan = getSpan(context2)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
}
var SPAN_KEY;
var init_context_utils = __esm({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.mjs"() {
    init_context();
    init_context2();
    init_NonRecordingSpan();
    SPAN_KEY = createContextKey("OpenTelemetry Context Key SPAN");
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.mjs
function isSpanContext(spanContext) {
  return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
}
var contextApi, NoopTracer;
var init_NoopTracer = __esm({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.mjs"() {
    init_context2();
    init_NonRecordingSpan();
    init_context_utils();
    init_spancontext_utils();
    contextApi = ContextAPI.getInstance();
    NoopTracer = class {
      startSpan(name, options, context2 = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new NonRecordingSpan();
        const parentFromContext = context2 && getSpanContext(context2);
        if (isSpanContext(parentFromContext) && isSpanContextValid(parentFromContext)) return new NonRecordingSpan(parentFromContext);
        else return new NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.mjs
var NOOP_TRACER, ProxyTracer;
var init_ProxyTracer = __esm({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.mjs"() {
    init_NoopTracer();
    NOOP_TRACER = new NoopTracer();
    ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      startSpan(name, options, context2) {
        return this._getTracer().startSpan(name, options, context2);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.mjs
var NoopTracerProvider;
var init_NoopTracerProvider = __esm({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.mjs"() {
    init_NoopTracer();
    NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new NoopTracer();
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.mjs
var NOOP_TRACER_PROVIDER, ProxyTracerProvider;
var init_ProxyTracerProvider = __esm({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.mjs"() {
    init_ProxyTracer();
    init_NoopTracerProvider();
    NOOP_TRACER_PROVIDER = new NoopTracerProvider();
    ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/context-api.mjs
var context;
var init_context_api = __esm({
  "node_modules/@opentelemetry/api/dist/context-api.mjs"() {
    init_context2();
    context = ContextAPI.getInstance();
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.mjs
var diag2;
var init_diag_api = __esm({
  "node_modules/@opentelemetry/api/dist/diag-api.mjs"() {
    init_diag();
    diag2 = DiagAPI.instance();
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.mjs
var API_NAME3, TraceAPI;
var init_trace = __esm({
  "node_modules/@opentelemetry/api/dist/api/trace.mjs"() {
    init_global_utils();
    init_diag();
    init_context_utils();
    init_spancontext_utils();
    init_ProxyTracerProvider();
    API_NAME3 = "trace";
    TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new ProxyTracerProvider();
        this.wrapSpanContext = wrapSpanContext;
        this.isSpanContextValid = isSpanContextValid;
        this.deleteSpan = deleteSpan;
        this.getSpan = getSpan;
        this.getActiveSpan = getActiveSpan;
        this.getSpanContext = getSpanContext;
        this.setSpan = setSpan;
        this.setSpanContext = setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = registerGlobal(API_NAME3, this._proxyTracerProvider, DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return getGlobal(API_NAME3) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        unregisterGlobal(API_NAME3, DiagAPI.instance());
        this._proxyTracerProvider = new ProxyTracerProvider();
      }
    };
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.mjs
var trace;
var init_trace_api = __esm({
  "node_modules/@opentelemetry/api/dist/trace-api.mjs"() {
    init_trace();
    trace = TraceAPI.getInstance();
  }
});

// node_modules/@opentelemetry/api/dist/index.mjs
var init_dist = __esm({
  "node_modules/@opentelemetry/api/dist/index.mjs"() {
    init_utils();
    init_context();
    init_NoopMeter();
    init_NoopLogger();
    init_LogRecord();
    init_trace_flags();
    init_spancontext_utils();
    init_context_api();
    init_diag_api();
    init_trace_api();
  }
});

// observability.ts
init_dist();

// node_modules/@opentelemetry/core/dist/trace/suppress-tracing.mjs
init_dist();
var SUPPRESS_TRACING_KEY = createContextKey("OpenTelemetry SDK Context Key SUPPRESS_TRACING");
function suppressTracing(context2) {
  return context2.setValue(SUPPRESS_TRACING_KEY, true);
}

// node_modules/@opentelemetry/core/dist/baggage/utils.mjs
init_dist();
function parsePairKeyValue(entry) {
  if (!entry) return;
  const metadataSeparatorIndex = entry.indexOf(";");
  const keyPairPart = metadataSeparatorIndex === -1 ? entry : entry.substring(0, metadataSeparatorIndex);
  const separatorIndex = keyPairPart.indexOf("=");
  if (separatorIndex <= 0) return;
  const rawKey = keyPairPart.substring(0, separatorIndex).trim();
  const rawValue = keyPairPart.substring(separatorIndex + 1).trim();
  if (!rawKey || !rawValue) return;
  let key;
  let value;
  try {
    key = decodeURIComponent(rawKey);
    value = decodeURIComponent(rawValue);
  } catch {
    return;
  }
  let metadata;
  if (metadataSeparatorIndex !== -1 && metadataSeparatorIndex < entry.length - 1) {
    const metadataString = entry.substring(metadataSeparatorIndex + 1);
    metadata = baggageEntryMetadataFromString(metadataString);
  }
  return {
    key,
    value,
    metadata
  };
}
function parseKeyPairsIntoRecord(value) {
  const result = {};
  if (typeof value === "string" && value.length > 0) value.split(",").forEach((entry) => {
    const keyPair = parsePairKeyValue(entry);
    if (keyPair !== void 0 && keyPair.value.length > 0) result[keyPair.key] = keyPair.value;
  });
  return result;
}

// node_modules/@opentelemetry/core/dist/common/attributes.mjs
init_dist();
var AddAttributeDecision = /* @__PURE__ */ (function(AddAttributeDecision2) {
  AddAttributeDecision2[AddAttributeDecision2["DROP_UNDEFINED"] = 0] = "DROP_UNDEFINED";
  AddAttributeDecision2[AddAttributeDecision2["DROP_INVALID"] = 1] = "DROP_INVALID";
  AddAttributeDecision2[AddAttributeDecision2["DROP_LIMIT_REACHED"] = 2] = "DROP_LIMIT_REACHED";
  AddAttributeDecision2[AddAttributeDecision2["ADD_NEW"] = 3] = "ADD_NEW";
  AddAttributeDecision2[AddAttributeDecision2["ADD_OVERWRITE_EXISTING"] = 4] = "ADD_OVERWRITE_EXISTING";
  return AddAttributeDecision2;
})({});
function maybeAddAttribute(opts) {
  return maybeAddAttributeInternal(opts, isAnyValue);
}
function maybeAddAttributeInternal(opts, isValidValue) {
  if (opts.value === void 0) return 0;
  if (opts.key.length === 0) {
    diag2.warn(`Invalid attribute key: ${opts.key}`);
    return 1;
  }
  const isNewKey = !Object.hasOwn(opts.attributes, opts.key);
  if (isNewKey && opts.currentAttributesCount >= opts.limits.attributeCountLimit) return 2;
  if (!isValidValue(opts.value)) {
    diag2.warn(`Invalid attribute value set for key: ${opts.key}`);
    return 1;
  }
  let attributeValueLengthLimit = opts.limits.attributeValueLengthLimit;
  if (attributeValueLengthLimit <= 0) {
    diag2.warn(`Invalid attributeValueLengthLimit: must be positive, got ${attributeValueLengthLimit} (ignoring)`);
    attributeValueLengthLimit = Infinity;
  }
  opts.attributes[opts.key] = copyAndTruncAnyValue(opts.value, attributeValueLengthLimit);
  if (isNewKey) return 3;
  return 4;
}
function cleanSimpleAttributes(inAttributes, limits) {
  return cleanAttributesInternal(inAttributes, limits, isSimpleAttributeValue);
}
function cleanAttributesInternal(inAttributes, limits, isValidValue) {
  if (typeof inAttributes !== "object" || inAttributes == null) return {};
  const attributes = {};
  let droppedAttributesCount = 0;
  let attributeValueLengthLimit = limits.attributeValueLengthLimit;
  if (attributeValueLengthLimit <= 0) {
    diag2.warn(`Invalid attributeValueLengthLimit: must be positive, got ${attributeValueLengthLimit} (ignoring)`);
    attributeValueLengthLimit = Infinity;
  }
  let count = 0;
  for (const [key, val] of Object.entries(inAttributes)) {
    if (val === void 0) continue;
    if (count >= limits.attributeCountLimit) {
      droppedAttributesCount++;
      continue;
    }
    if (key.length === 0) {
      diag2.warn(`Invalid attribute key: ${key}`);
      droppedAttributesCount++;
      continue;
    }
    if (!isValidValue(val)) {
      diag2.warn(`Invalid attribute value set for key: ${key}`);
      droppedAttributesCount++;
      continue;
    }
    attributes[key] = copyAndTruncAnyValue(val, attributeValueLengthLimit);
    count++;
  }
  return {
    attributes,
    droppedAttributesCount
  };
}
function isAnyValue(val) {
  return isAnyValueInternal(val, /* @__PURE__ */ new WeakSet());
}
function isAnyValueInternal(val, visited) {
  switch (typeof val) {
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return false;
    case "string":
    case "number":
    case "boolean":
      return true;
    case "object":
      break;
    default:
      return false;
  }
  if (val === null) return true;
  if (val instanceof Uint8Array) return true;
  if (visited.has(val)) return false;
  visited.add(val);
  const isValid = isAnyValueObject(val, visited);
  visited.delete(val);
  return isValid;
}
function isAnyValueObject(val, visited) {
  if (Array.isArray(val)) {
    for (const item of val) if (item !== void 0 && !isAnyValueInternal(item, visited)) return false;
    return true;
  }
  const obj = val;
  if (obj.constructor !== Object && obj.constructor !== void 0) return false;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v !== void 0 && !isAnyValueInternal(v, visited)) return false;
  }
  return true;
}
function copyAndTruncAnyValue(val, limit) {
  switch (typeof val) {
    case "number":
    case "boolean":
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return val;
    case "string":
      if (val.length <= limit) return val;
      else return val.substring(0, limit);
    case "object":
      break;
    default:
      return val;
  }
  if (val === null) return val;
  if (val instanceof Uint8Array) {
    if (val.length <= limit) return val;
    else return val.slice(0, limit);
  }
  if (Array.isArray(val)) return val.map((elem) => copyAndTruncAnyValue(elem, limit));
  const truncObj = {};
  const obj = val;
  for (const k of Object.keys(obj)) if (obj[k] !== void 0) truncObj[k] = copyAndTruncAnyValue(obj[k], limit);
  return truncObj;
}
function isSimpleAttributeValue(val) {
  if (Array.isArray(val)) return isHomogeneousAttributeValueArray(val);
  return isValidPrimitiveAttributeValueType(typeof val);
}
function isHomogeneousAttributeValueArray(arr) {
  let type;
  for (const element of arr) {
    if (element == null) continue;
    const elementType = typeof element;
    if (elementType === type) continue;
    if (!type) {
      if (isValidPrimitiveAttributeValueType(elementType)) {
        type = elementType;
        continue;
      }
      return false;
    }
    return false;
  }
  return true;
}
function isValidPrimitiveAttributeValueType(valType) {
  switch (valType) {
    case "number":
    case "boolean":
    case "string":
      return true;
  }
  return false;
}

// node_modules/@opentelemetry/core/dist/common/logging-error-handler.mjs
init_dist();
function loggingErrorHandler() {
  return (ex) => {
    diag2.error(stringifyException(ex));
  };
}
function stringifyException(ex) {
  if (typeof ex === "string") return ex;
  else return JSON.stringify(flattenException(ex));
}
function flattenException(ex) {
  const result = {};
  let current2 = ex;
  while (current2 !== null) {
    Object.getOwnPropertyNames(current2).forEach((propertyName) => {
      if (result[propertyName]) return;
      const value = current2[propertyName];
      if (value) result[propertyName] = String(value);
    });
    current2 = Object.getPrototypeOf(current2);
  }
  return result;
}

// node_modules/@opentelemetry/core/dist/common/global-error-handler.mjs
var delegateHandler = loggingErrorHandler();
function globalErrorHandler(ex) {
  try {
    delegateHandler(ex);
  } catch {
  }
}

// node_modules/@opentelemetry/core/dist/common/time.mjs
var NANOSECOND_DIGITS = 9;
var MILLISECONDS_TO_NANOSECONDS = Math.pow(10, 6);
var SECOND_TO_NANOSECONDS = Math.pow(10, NANOSECOND_DIGITS);
function millisToHrTime(epochMillis) {
  const epochSeconds = epochMillis / 1e3;
  return [Math.trunc(epochSeconds), Math.round(epochMillis % 1e3 * MILLISECONDS_TO_NANOSECONDS)];
}
function hrTime(performanceNow) {
  return addHrTimes(millisToHrTime(performance.timeOrigin), millisToHrTime(typeof performanceNow === "number" ? performanceNow : performance.now()));
}
function timeInputToHrTime(time) {
  if (isTimeInputHrTime(time)) return time;
  else if (typeof time === "number") {
    if (time < performance.timeOrigin / 2) return hrTime(time);
    else return millisToHrTime(time);
  } else if (time instanceof Date) return millisToHrTime(time.getTime());
  else throw TypeError("Invalid input type");
}
function hrTimeDuration(startTime, endTime) {
  let seconds = endTime[0] - startTime[0];
  let nanos = endTime[1] - startTime[1];
  if (nanos < 0) {
    seconds -= 1;
    nanos += SECOND_TO_NANOSECONDS;
  }
  return [seconds, nanos];
}
function hrTimeToNanoseconds(time) {
  return time[0] * SECOND_TO_NANOSECONDS + time[1];
}
function hrTimeToMilliseconds(time) {
  return time[0] * 1e3 + time[1] / 1e6;
}
function isTimeInputHrTime(value) {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && typeof value[1] === "number";
}
function addHrTimes(time1, time2) {
  const out = [time1[0] + time2[0], time1[1] + time2[1]];
  if (out[1] >= SECOND_TO_NANOSECONDS) {
    out[1] -= SECOND_TO_NANOSECONDS;
    out[0] += 1;
  }
  return out;
}

// node_modules/@opentelemetry/core/dist/ExportResult.mjs
var ExportResultCode = /* @__PURE__ */ (function(ExportResultCode2) {
  ExportResultCode2[ExportResultCode2["SUCCESS"] = 0] = "SUCCESS";
  ExportResultCode2[ExportResultCode2["FAILED"] = 1] = "FAILED";
  return ExportResultCode2;
})({});

// node_modules/@opentelemetry/core/dist/utils/timeout.mjs
var TimeoutError = class TimeoutError2 extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, TimeoutError2.prototype);
  }
};
function callWithTimeout(promise, timeout) {
  let timeoutHandle;
  const timeoutPromise = new Promise(function timeoutFunction(_resolve, reject) {
    timeoutHandle = setTimeout(function timeoutHandler() {
      reject(new TimeoutError("Operation timed out."));
    }, timeout);
  });
  return Promise.race([promise, timeoutPromise]).then((result) => {
    clearTimeout(timeoutHandle);
    return result;
  }, (reason) => {
    clearTimeout(timeoutHandle);
    throw reason;
  });
}

// node_modules/@opentelemetry/core/dist/utils/promise.mjs
var Deferred = class {
  _promise;
  _resolve;
  _reject;
  constructor() {
    this._promise = new Promise((resolve2, reject) => {
      this._resolve = resolve2;
      this._reject = reject;
    });
  }
  get promise() {
    return this._promise;
  }
  resolve(val) {
    this._resolve(val);
  }
  reject(err) {
    this._reject(err);
  }
};

// node_modules/@opentelemetry/core/dist/utils/callback.mjs
var BindOnceFuture = class {
  _isCalled = false;
  _deferred = new Deferred();
  _callback;
  _that;
  constructor(callback, that) {
    this._callback = callback;
    this._that = that;
  }
  get isCalled() {
    return this._isCalled;
  }
  get promise() {
    return this._deferred.promise;
  }
  call(...args) {
    if (!this._isCalled) {
      this._isCalled = true;
      try {
        Promise.resolve(this._callback.call(this._that, ...args)).then((val) => this._deferred.resolve(val), (err) => this._deferred.reject(err));
      } catch (err) {
        this._deferred.reject(err);
      }
    }
    return this._deferred.promise;
  }
};

// node_modules/@opentelemetry/core/dist/platform/node/environment.mjs
init_dist();
import { inspect } from "node:util";
function getNumberFromEnv(key) {
  const raw = process.env[key];
  if (raw == null || raw.trim() === "") return;
  const value = Number(raw);
  if (isNaN(value)) {
    diag2.warn(`Unknown value ${inspect(raw)} for ${key}, expected a number, using defaults`);
    return;
  }
  return value;
}
function getStringFromEnv(key) {
  const raw = process.env[key];
  if (raw == null || raw.trim() === "") return;
  return raw;
}

// node_modules/@opentelemetry/core/dist/version.mjs
var VERSION2 = "3.1.0";

// node_modules/@opentelemetry/core/dist/semconv.mjs
var ATTR_PROCESS_RUNTIME_NAME = "process.runtime.name";

// node_modules/@opentelemetry/semantic-conventions/dist/stable_attributes.mjs
var ATTR_EXCEPTION_MESSAGE = "exception.message";
var ATTR_EXCEPTION_STACKTRACE = "exception.stacktrace";
var ATTR_EXCEPTION_TYPE = "exception.type";
var ATTR_SERVICE_NAME = "service.name";
var ATTR_TELEMETRY_SDK_LANGUAGE = "telemetry.sdk.language";
var TELEMETRY_SDK_LANGUAGE_VALUE_NODEJS = "nodejs";
var ATTR_TELEMETRY_SDK_NAME = "telemetry.sdk.name";
var ATTR_TELEMETRY_SDK_VERSION = "telemetry.sdk.version";

// node_modules/@opentelemetry/core/dist/platform/node/sdk-info.mjs
var SDK_INFO = {
  [ATTR_TELEMETRY_SDK_NAME]: "opentelemetry",
  [ATTR_PROCESS_RUNTIME_NAME]: "node",
  [ATTR_TELEMETRY_SDK_LANGUAGE]: TELEMETRY_SDK_LANGUAGE_VALUE_NODEJS,
  [ATTR_TELEMETRY_SDK_VERSION]: VERSION2
};

// node_modules/@opentelemetry/resources/dist/utils.mjs
var isPromiseLike = (val) => {
  return val !== null && typeof val === "object" && typeof val.then === "function";
};

// node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs
init_dist();

// node_modules/@opentelemetry/resources/dist/detectors/platform/node/default-service-name.mjs
var serviceName;
function defaultServiceName() {
  if (serviceName === void 0) try {
    const argv0 = globalThis.process.argv0;
    serviceName = argv0 ? `unknown_service:${argv0}` : "unknown_service";
  } catch {
    serviceName = "unknown_service";
  }
  return serviceName;
}

// node_modules/@opentelemetry/resources/dist/ResourceImpl.mjs
var ResourceImpl = class ResourceImpl2 {
  _rawAttributes;
  _asyncAttributesPending = false;
  _schemaUrl;
  _memoizedAttributes;
  static FromAttributeList(attributes, options) {
    const res = new ResourceImpl2({}, options);
    res._rawAttributes = guardedRawAttributes(attributes);
    res._asyncAttributesPending = attributes.filter(([_, val]) => isPromiseLike(val)).length > 0;
    return res;
  }
  constructor(resource, options) {
    const attributes = resource.attributes ?? {};
    this._rawAttributes = Object.entries(attributes).map(([k, v]) => {
      if (isPromiseLike(v)) this._asyncAttributesPending = true;
      return [k, v];
    });
    this._rawAttributes = guardedRawAttributes(this._rawAttributes);
    this._schemaUrl = validateSchemaUrl(options?.schemaUrl);
  }
  get asyncAttributesPending() {
    return this._asyncAttributesPending;
  }
  async waitForAsyncAttributes() {
    if (!this.asyncAttributesPending) return;
    for (let i = 0; i < this._rawAttributes.length; i++) {
      const [k, v] = this._rawAttributes[i];
      this._rawAttributes[i] = [k, isPromiseLike(v) ? await v : v];
    }
    this._asyncAttributesPending = false;
  }
  get attributes() {
    if (this.asyncAttributesPending) diag2.error("Accessing resource attributes before async attributes settled");
    if (this._memoizedAttributes) return this._memoizedAttributes;
    const attrs = {};
    for (const [k, v] of this._rawAttributes) {
      if (isPromiseLike(v)) {
        diag2.debug(`Unsettled resource attribute ${k} skipped`);
        continue;
      }
      if (Object.hasOwn(attrs, k)) {
      } else if (k.length === 0) diag2.warn("dropping invalid resource attribute key: <empty string>");
      else if (!isSimpleAttributeValue(v)) diag2.warn(`dropping invalid resource attribute value for key "${k}"`);
      else attrs[k] = v;
    }
    if (!this._asyncAttributesPending) this._memoizedAttributes = attrs;
    return attrs;
  }
  getRawAttributes() {
    return this._rawAttributes;
  }
  get schemaUrl() {
    return this._schemaUrl;
  }
  merge(resource) {
    if (resource == null) return this;
    const mergedSchemaUrl = mergeSchemaUrl(this, resource);
    const mergedOptions = mergedSchemaUrl ? { schemaUrl: mergedSchemaUrl } : void 0;
    return ResourceImpl2.FromAttributeList([...resource.getRawAttributes(), ...this.getRawAttributes()], mergedOptions);
  }
};
function resourceFromAttributes(attributes, options) {
  return ResourceImpl.FromAttributeList(Object.entries(attributes), options);
}
function defaultResource() {
  return resourceFromAttributes({
    [ATTR_SERVICE_NAME]: defaultServiceName(),
    [ATTR_TELEMETRY_SDK_LANGUAGE]: SDK_INFO[ATTR_TELEMETRY_SDK_LANGUAGE],
    [ATTR_TELEMETRY_SDK_NAME]: SDK_INFO[ATTR_TELEMETRY_SDK_NAME],
    [ATTR_TELEMETRY_SDK_VERSION]: SDK_INFO[ATTR_TELEMETRY_SDK_VERSION]
  });
}
function guardedRawAttributes(attributes) {
  return attributes.map(([k, v]) => {
    if (isPromiseLike(v)) return [k, v.then((val) => val, (err) => {
      diag2.debug("promise rejection for resource attribute: %s - %s", k, err);
    })];
    return [k, v];
  });
}
function validateSchemaUrl(schemaUrl) {
  if (typeof schemaUrl === "string" || schemaUrl === void 0) return schemaUrl;
  diag2.warn("Schema URL must be string or undefined, got %s. Schema URL will be ignored.", schemaUrl);
}
function mergeSchemaUrl(old, updating) {
  const oldSchemaUrl = old?.schemaUrl;
  const updatingSchemaUrl = updating?.schemaUrl;
  const isOldEmpty = oldSchemaUrl === void 0 || oldSchemaUrl === "";
  const isUpdatingEmpty = updatingSchemaUrl === void 0 || updatingSchemaUrl === "";
  if (isOldEmpty) return updatingSchemaUrl;
  if (isUpdatingEmpty) return oldSchemaUrl;
  if (oldSchemaUrl === updatingSchemaUrl) return oldSchemaUrl;
  diag2.warn('Schema URL merge conflict: old resource has "%s", updating resource has "%s". Resulting resource will have undefined Schema URL.', oldSchemaUrl, updatingSchemaUrl);
}

// node_modules/@opentelemetry/sdk-logs/dist/LogRecordImpl.mjs
init_dist();
var LogRecordImpl = class {
  resource;
  instrumentationScope;
  attributes = {};
  _hrTime;
  _hrTimeObserved;
  _spanContext;
  _severityText;
  _severityNumber;
  _body;
  _eventName;
  _attributesCount = 0;
  _droppedAttributesCount = 0;
  _isReadonly = false;
  _logRecordLimits;
  get hrTime() {
    return this._hrTime;
  }
  set hrTime(hrTime2) {
    if (this._isLogRecordReadonly()) return;
    this._hrTime = hrTime2;
  }
  get hrTimeObserved() {
    return this._hrTimeObserved;
  }
  set hrTimeObserved(hrTimeObserved) {
    if (this._isLogRecordReadonly()) return;
    this._hrTimeObserved = hrTimeObserved;
  }
  get spanContext() {
    return this._spanContext;
  }
  set spanContext(spanContext) {
    if (this._isLogRecordReadonly()) return;
    this._spanContext = spanContext;
  }
  set severityText(severityText) {
    if (this._isLogRecordReadonly()) return;
    this._severityText = severityText;
  }
  get severityText() {
    return this._severityText;
  }
  set severityNumber(severityNumber) {
    if (this._isLogRecordReadonly()) return;
    this._severityNumber = severityNumber;
  }
  get severityNumber() {
    return this._severityNumber;
  }
  set body(body) {
    if (this._isLogRecordReadonly()) return;
    this._body = body;
  }
  get body() {
    return this._body;
  }
  get eventName() {
    return this._eventName;
  }
  set eventName(eventName) {
    if (this._isLogRecordReadonly()) return;
    this._eventName = eventName;
  }
  get droppedAttributesCount() {
    return this._droppedAttributesCount;
  }
  constructor(_sharedState, instrumentationScope, logRecord) {
    const { timestamp, observedTimestamp, eventName, severityNumber, severityText, body, attributes = {}, exception, context: context2 } = logRecord;
    const now = Date.now();
    this._hrTime = timeInputToHrTime(timestamp ?? now);
    this._hrTimeObserved = timeInputToHrTime(observedTimestamp ?? now);
    if (context2) {
      const spanContext = trace.getSpanContext(context2);
      if (spanContext && isSpanContextValid(spanContext)) this._spanContext = spanContext;
    }
    this.severityNumber = severityNumber;
    this.severityText = severityText;
    this.body = body;
    this.resource = _sharedState.resource;
    this.instrumentationScope = instrumentationScope;
    this._logRecordLimits = _sharedState.logRecordLimits;
    this._eventName = eventName;
    this.setAttributes(attributes);
    if (exception != null) this._setException(exception);
  }
  setAttribute(key, value) {
    if (this._isLogRecordReadonly()) return this;
    const decision = maybeAddAttribute({
      key,
      value,
      attributes: this.attributes,
      limits: this._logRecordLimits,
      currentAttributesCount: this._attributesCount
    });
    if (decision === AddAttributeDecision.DROP_LIMIT_REACHED) {
      this._droppedAttributesCount++;
      if (this._droppedAttributesCount === 1) diag2.warn("Dropping extra attributes.");
    } else if (decision === AddAttributeDecision.ADD_NEW) this._attributesCount++;
    return this;
  }
  setAttributes(attributes) {
    for (const [k, v] of Object.entries(attributes)) this.setAttribute(k, v);
    return this;
  }
  setBody(body) {
    this.body = body;
    return this;
  }
  setEventName(eventName) {
    this.eventName = eventName;
    return this;
  }
  setSeverityNumber(severityNumber) {
    this.severityNumber = severityNumber;
    return this;
  }
  setSeverityText(severityText) {
    this.severityText = severityText;
    return this;
  }
  /**
  * @internal
  * A LogRecordProcessor may freely modify logRecord for the duration of the OnEmit call.
  * If logRecord is needed after OnEmit returns (i.e. for asynchronous processing) only reads are permitted.
  */
  _makeReadonly() {
    this._isReadonly = true;
  }
  _setException(exception) {
    let hasMinimumAttributes = false;
    if (typeof exception === "string" || typeof exception === "number") {
      if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_MESSAGE)) this.setAttribute(ATTR_EXCEPTION_MESSAGE, String(exception));
      hasMinimumAttributes = true;
    } else if (exception && typeof exception === "object") {
      const exceptionObj = exception;
      if (exceptionObj.code) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_TYPE)) this.setAttribute(ATTR_EXCEPTION_TYPE, exceptionObj.code.toString());
        hasMinimumAttributes = true;
      } else if (exceptionObj.name) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_TYPE)) this.setAttribute(ATTR_EXCEPTION_TYPE, exceptionObj.name);
        hasMinimumAttributes = true;
      }
      if (exceptionObj.message) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_MESSAGE)) this.setAttribute(ATTR_EXCEPTION_MESSAGE, exceptionObj.message);
        hasMinimumAttributes = true;
      }
      if (exceptionObj.stack) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_STACKTRACE)) this.setAttribute(ATTR_EXCEPTION_STACKTRACE, exceptionObj.stack);
        hasMinimumAttributes = true;
      }
    }
    if (!hasMinimumAttributes) diag2.warn(`Failed to record an exception ${exception}`);
  }
  _isLogRecordReadonly() {
    if (this._isReadonly) diag2.warn("Can not execute the operation on emitted log record");
    return this._isReadonly;
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/Logger.mjs
init_dist();
var Logger$1 = class {
  _instrumentationScope;
  _sharedState;
  _loggerConfig;
  constructor(instrumentationScope, sharedState) {
    this._instrumentationScope = instrumentationScope;
    this._sharedState = sharedState;
    this._loggerConfig = this._sharedState.getLoggerConfig(this._instrumentationScope);
  }
  emit(logRecord) {
    const currentContext = logRecord.context || context.active();
    if (!this.enabled(logRecord)) return;
    const logRecordInstance = new LogRecordImpl(this._sharedState, this._instrumentationScope, {
      context: currentContext,
      ...logRecord
    });
    this._sharedState.loggerMetrics.emitLog();
    this._sharedState.activeProcessor.onEmit(logRecordInstance, currentContext);
    logRecordInstance._makeReadonly();
  }
  enabled(options) {
    if (this._sharedState.hasShutdown) return false;
    const loggerConfig = this._loggerConfig;
    if (!loggerConfig.enabled) return false;
    const severityNumber = options?.severityNumber;
    if (typeof severityNumber === "number" && severityNumber !== SeverityNumber.UNSPECIFIED && severityNumber < loggerConfig.minimumSeverity) return false;
    const currentContext = options?.context || context.active();
    if (loggerConfig.traceBased) {
      const spanContext = trace.getSpanContext(currentContext);
      if (spanContext && isSpanContextValid(spanContext)) {
        if (!((spanContext.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED)) return false;
      }
    }
    const enabledOpts = {
      context: currentContext,
      instrumentationScope: this._instrumentationScope,
      severityNumber: options?.severityNumber,
      eventName: options?.eventName
    };
    for (const processor of this._sharedState.processors) if (!processor.enabled || processor.enabled(enabledOpts)) return true;
    return false;
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/internal/utils.mjs
function normalizeAnyValue(value) {
  if (value === void 0) return ["u", null];
  if (value === null) return ["n", null];
  const valueType = typeof value;
  if (valueType === "string") return ["s", value];
  if (valueType === "boolean") return ["b", value];
  if (valueType === "number") {
    if (Number.isNaN(value)) return ["nan", null];
    if (value === Infinity) return ["inf", null];
    if (value === -Infinity) return ["-inf", null];
    if (Object.is(value, -0)) return ["n0", null];
    return ["d", value];
  }
  if (value instanceof Uint8Array) return ["bytes", Array.from(value)];
  if (Array.isArray(value)) return ["arr", value.map(normalizeAnyValue)];
  return ["map", Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalizeAnyValue(v)])];
}
function getInstrumentationScopeKey(scope) {
  return JSON.stringify([
    scope.name,
    scope.version || "",
    scope.schemaUrl || "",
    normalizeAnyValue(scope.attributes ?? {}),
    scope.droppedAttributesCount ?? 0
  ]);
}

// node_modules/@opentelemetry/sdk-logs/dist/export/NoopLogRecordProcessor.mjs
var NoopLogRecordProcessor = class {
  forceFlush() {
    return Promise.resolve();
  }
  onEmit(_logRecord, _context) {
  }
  shutdown() {
    return Promise.resolve();
  }
  enabled(_options) {
    return false;
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/MultiLogRecordProcessor.mjs
var MultiLogRecordProcessor = class {
  processors;
  constructor(processors) {
    this.processors = processors;
  }
  async forceFlush(options) {
    const timeout = options?.timeoutMillis ?? 3e4;
    await Promise.all(this.processors.map((processor) => callWithTimeout(processor.forceFlush(), timeout)));
  }
  onEmit(logRecord, context2) {
    this.processors.forEach((processors) => processors.onEmit(logRecord, context2));
  }
  async shutdown() {
    await Promise.all(this.processors.map((processor) => processor.shutdown()));
  }
  enabled(options) {
    for (const processor of this.processors) if (!processor.enabled || processor.enabled(options)) return true;
    return false;
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/semconv.mjs
var METRIC_OTEL_SDK_LOG_CREATED = "otel.sdk.log.created";
var METRIC_OTEL_SDK_PROCESSOR_LOG_PROCESSED = "otel.sdk.processor.log.processed";
var METRIC_OTEL_SDK_PROCESSOR_LOG_QUEUE_CAPACITY = "otel.sdk.processor.log.queue.capacity";
var METRIC_OTEL_SDK_PROCESSOR_LOG_QUEUE_SIZE = "otel.sdk.processor.log.queue.size";
var ATTR_OTEL_COMPONENT_NAME = "otel.component.name";
var ATTR_OTEL_COMPONENT_TYPE = "otel.component.type";
var OTEL_COMPONENT_TYPE_VALUE_BATCHING_LOG_PROCESSOR = "batching_log_processor";
var ATTR_ERROR_TYPE2 = "error.type";

// node_modules/@opentelemetry/sdk-logs/dist/LoggerMetrics.mjs
var LoggerMetrics = class {
  createdLogs;
  constructor(meter) {
    this.createdLogs = meter.createCounter(METRIC_OTEL_SDK_LOG_CREATED, {
      unit: "{log_record}",
      description: "The number of logs submitted to enabled SDK Loggers."
    });
  }
  emitLog() {
    this.createdLogs.add(1);
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/version.mjs
var VERSION3 = "3.1.0";

// node_modules/@opentelemetry/sdk-logs/dist/internal/LoggerProviderSharedState.mjs
init_dist();
var DEFAULT_LOGGER_CONFIG = {
  enabled: true,
  minimumSeverity: SeverityNumber.UNSPECIFIED,
  traceBased: false
};
var DEFAULT_LOGGER_CONFIGURATOR = () => ({ ...DEFAULT_LOGGER_CONFIG });
var LoggerProviderSharedState = class {
  loggers = /* @__PURE__ */ new Map();
  activeProcessor;
  registeredLogRecordProcessors = [];
  resource;
  logRecordLimits;
  processors;
  loggerMetrics;
  hasShutdown = false;
  _loggerConfigurator;
  _loggerConfigs = /* @__PURE__ */ new Map();
  constructor(resource, logRecordLimits, processors, loggerConfigurator, meterProvider) {
    this.resource = resource;
    this.logRecordLimits = logRecordLimits;
    this.processors = processors;
    if (processors.length > 0) {
      this.registeredLogRecordProcessors = processors;
      this.activeProcessor = new MultiLogRecordProcessor(this.registeredLogRecordProcessors);
    } else this.activeProcessor = new NoopLogRecordProcessor();
    this._loggerConfigurator = loggerConfigurator ?? DEFAULT_LOGGER_CONFIGURATOR;
    const meter = meterProvider ? meterProvider.getMeter("@opentelemetry/sdk-logs", VERSION3) : createNoopMeter();
    this.loggerMetrics = new LoggerMetrics(meter);
  }
  /**
  * Get the LoggerConfig for a given instrumentation scope.
  * Uses the LoggerConfigurator function to compute the config on first access
  * and caches the result.
  *
  * @experimental This feature is in development as per the OpenTelemetry specification.
  */
  getLoggerConfig(instrumentationScope) {
    const key = getInstrumentationScopeKey(instrumentationScope);
    let config2 = this._loggerConfigs.get(key);
    if (config2) return config2;
    config2 = this._loggerConfigurator(instrumentationScope);
    this._loggerConfigs.set(key, config2);
    return config2;
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/LoggerProvider.mjs
init_dist();
var LoggerProvider$1 = class {
  _shutdownOnce;
  _sharedState;
  constructor(config2 = {}) {
    const mergedConfig = {
      resource: config2.resource ?? defaultResource(),
      logRecordLimits: {
        attributeCountLimit: config2.logRecordLimits?.attributeCountLimit ?? 128,
        attributeValueLengthLimit: config2.logRecordLimits?.attributeValueLengthLimit ?? Infinity
      },
      loggerConfigurator: config2.loggerConfigurator ?? DEFAULT_LOGGER_CONFIGURATOR,
      processors: config2.processors ?? [],
      meterProvider: config2.meterProvider
    };
    this._sharedState = new LoggerProviderSharedState(mergedConfig.resource, mergedConfig.logRecordLimits, mergedConfig.processors, mergedConfig.loggerConfigurator, mergedConfig.meterProvider);
    this._shutdownOnce = new BindOnceFuture(this._shutdown, this);
  }
  /**
  * Get a logger with the configuration of the LoggerProvider.
  */
  getLogger(name, version, options) {
    if (this._shutdownOnce.isCalled) {
      diag2.warn("A shutdown LoggerProvider cannot provide a Logger");
      return createNoopLogger();
    }
    if (!name) diag2.warn("Logger requested without instrumentation scope name.");
    const instrumentationScope = {
      name: name || "unknown",
      version,
      schemaUrl: options?.schemaUrl,
      ...cleanSimpleAttributes(options?.attributes, this._sharedState.logRecordLimits)
    };
    const key = getInstrumentationScopeKey(instrumentationScope);
    if (!this._sharedState.loggers.has(key)) this._sharedState.loggers.set(key, new Logger$1(instrumentationScope, this._sharedState));
    return this._sharedState.loggers.get(key);
  }
  /**
  * Notifies all registered LogRecordProcessor to flush any buffered data.
  *
  * Returns a promise which is resolved when all flushes are complete.
  */
  forceFlush(options) {
    if (this._shutdownOnce.isCalled) {
      diag2.warn("invalid attempt to force flush after LoggerProvider shutdown");
      return this._shutdownOnce.promise;
    }
    return this._sharedState.activeProcessor.forceFlush(options);
  }
  /**
  * Flush all buffered data and shut down the LoggerProvider and all registered
  * LogRecordProcessor.
  *
  * Returns a promise which is resolved when all flushes are complete.
  */
  shutdown() {
    if (this._shutdownOnce.isCalled) {
      diag2.warn("shutdown may only be called once per LoggerProvider");
      return this._shutdownOnce.promise;
    }
    return this._shutdownOnce.call();
  }
  _shutdown() {
    this._sharedState.hasShutdown = true;
    return this._sharedState.activeProcessor.shutdown();
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/export/LogRecordProcessorMetrics.mjs
var componentCounter = /* @__PURE__ */ new Map();
var LogRecordProcessorMetrics = class {
  processedLogs;
  queueSize;
  queueSizeCallback;
  standardAttrs;
  droppedAttrs;
  constructor(componentType, meter, queueConfig) {
    const counter = componentCounter.get(componentType) ?? 0;
    componentCounter.set(componentType, counter + 1);
    this.standardAttrs = {
      [ATTR_OTEL_COMPONENT_TYPE]: componentType,
      [ATTR_OTEL_COMPONENT_NAME]: `${componentType}/${counter}`
    };
    this.droppedAttrs = {
      ...this.standardAttrs,
      [ATTR_ERROR_TYPE2]: "queue_full"
    };
    this.processedLogs = meter.createCounter(METRIC_OTEL_SDK_PROCESSOR_LOG_PROCESSED, {
      unit: "{log_record}",
      description: "The number of log records for which the processing has finished, either successful or failed."
    });
    if (queueConfig) {
      const { capacity: capacity2, getQueueSize } = queueConfig;
      meter.createUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_LOG_QUEUE_CAPACITY, {
        unit: "{log_record}",
        description: "The maximum number of log records the queue of a given instance of an SDK log processor can hold."
      }).add(capacity2, this.standardAttrs);
      this.queueSize = meter.createObservableUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_LOG_QUEUE_SIZE, {
        unit: "{log_record}",
        description: "The number of log records in the queue of a given instance of an SDK log processor."
      });
      this.queueSizeCallback = (result) => result.observe(getQueueSize(), this.standardAttrs);
      this.queueSize.addCallback(this.queueSizeCallback);
    }
  }
  dropLogs(count) {
    this.processedLogs.add(count, this.droppedAttrs);
  }
  finishLogs(count, error) {
    if (!error) {
      this.processedLogs.add(count, this.standardAttrs);
      return;
    }
    const attrs = {
      ...this.standardAttrs,
      [ATTR_ERROR_TYPE2]: error.name
    };
    this.processedLogs.add(count, attrs);
  }
  shutdown() {
    if (this.queueSize && this.queueSizeCallback) this.queueSize.removeCallback(this.queueSizeCallback);
  }
};

// node_modules/@opentelemetry/sdk-logs/dist/export/BatchLogRecordProcessorBase.mjs
init_dist();
async function waitForResources(logRecords) {
  let pendingResources = null;
  for (let i = 0, len = logRecords.length; i < len; i++) {
    const resource = logRecords[i].resource;
    if (resource.asyncAttributesPending && resource.waitForAsyncAttributes) {
      pendingResources ??= /* @__PURE__ */ new Set();
      pendingResources.add(resource);
    }
  }
  if (pendingResources !== null) await Promise.all(Array.from(pendingResources, (resource) => resource.waitForAsyncAttributes?.()));
}
var ExportOperation = class {
  _exportCompleted;
  _exportScheduledPromise;
  _metrics;
  _exportScheduledResolve;
  constructor(exporter, logRecords, exportTimeoutMillis, metrics) {
    this._exportScheduledPromise = new Promise((resolve2) => {
      this._exportScheduledResolve = resolve2;
    });
    this._exportCompleted = this._executeExport(exporter, logRecords, exportTimeoutMillis);
    this._metrics = metrics;
  }
  /** Get the promise that resolves when the export completes */
  get exportCompleted() {
    return this._exportCompleted;
  }
  /** Get the promise that resolves when exporter.export() has been called */
  get exportScheduled() {
    return this._exportScheduledPromise;
  }
  async _executeExport(exporter, logRecords, exportTimeoutMillis) {
    try {
      await waitForResources(logRecords);
      await context.with(suppressTracing(context.active()), async () => {
        return this._exportWithTimeout(exporter, logRecords, exportTimeoutMillis);
      });
    } catch (e) {
      globalErrorHandler(e);
      this._exportScheduledResolve();
    }
  }
  async _exportWithTimeout(exporter, logRecords, exportTimeoutMillis) {
    return new Promise((resolve2, reject) => {
      const timer = setTimeout(() => {
        reject(/* @__PURE__ */ new Error("Timeout"));
      }, exportTimeoutMillis);
      exporter.export(logRecords, (result) => {
        this._metrics.finishLogs(logRecords.length, result.error);
        clearTimeout(timer);
        if (result.code === ExportResultCode.SUCCESS) resolve2();
        else reject(result.error ?? /* @__PURE__ */ new Error("BatchLogRecordProcessor: log record export failed"));
      });
      this._exportScheduledResolve();
    });
  }
};
var BatchLogRecordProcessorBase = class {
  _maxExportBatchSize;
  _maxQueueSize;
  _scheduledDelayMillis;
  _exportTimeoutMillis;
  _exporter;
  _metrics;
  _currentExport = null;
  _finishedLogRecords = [];
  _timer;
  _shutdownOnce;
  _flushing = false;
  constructor(options) {
    this._exporter = options.exporter;
    this._maxExportBatchSize = options.maxExportBatchSize ?? 512;
    this._maxQueueSize = options.maxQueueSize ?? 2048;
    this._scheduledDelayMillis = options.scheduledDelayMillis ?? 1e3;
    this._exportTimeoutMillis = options.exportTimeoutMillis ?? 3e4;
    this._shutdownOnce = new BindOnceFuture(this._shutdown, this);
    if (this._maxExportBatchSize > this._maxQueueSize) {
      diag2.warn("BatchLogRecordProcessor: maxExportBatchSize must be smaller or equal to maxQueueSize, setting maxExportBatchSize to match maxQueueSize");
      this._maxExportBatchSize = this._maxQueueSize;
    }
    const meter = options?.selfObsMeterProvider ? options.selfObsMeterProvider.getMeter("@opentelemetry/sdk-logs") : createNoopMeter();
    this._metrics = new LogRecordProcessorMetrics(OTEL_COMPONENT_TYPE_VALUE_BATCHING_LOG_PROCESSOR, meter, {
      capacity: this._maxQueueSize,
      getQueueSize: () => this._finishedLogRecords.length
    });
  }
  onEmit(logRecord) {
    if (this._shutdownOnce.isCalled) return;
    this._addToBuffer(logRecord);
  }
  forceFlush() {
    if (this._shutdownOnce.isCalled) return this._shutdownOnce.promise;
    return this._flushAll();
  }
  /** Add a LogRecord in the buffer. */
  _addToBuffer(logRecord) {
    if (this._finishedLogRecords.length >= this._maxQueueSize) {
      this._metrics.dropLogs(1);
      return;
    }
    this._finishedLogRecords.push(logRecord);
    this._maybeStartTimer();
  }
  shutdown() {
    return this._shutdownOnce.call();
  }
  async _shutdown() {
    this.onShutdown();
    await this._flushAll();
    this._metrics.shutdown();
    await this._exporter.shutdown();
  }
  /**
  * Send all LogRecords to the exporter respecting the batch size limit
  * This function is used only on forceFlush or shutdown,
  * for all other cases _exportOneBatch should be used
  * */
  async _flushAll() {
    if (this._flushing) return;
    this._flushing = true;
    let toFlush = this._finishedLogRecords;
    this._finishedLogRecords = [];
    this._clearTimer();
    const inFlight = this._currentExport;
    if (inFlight !== null) {
      await this._exporter.forceFlush();
      await inFlight.exportCompleted;
      this._currentExport = null;
    }
    while (toFlush.length > 0) {
      let batch;
      if (toFlush.length <= this._maxExportBatchSize) {
        batch = toFlush;
        toFlush = [];
      } else batch = toFlush.splice(0, this._maxExportBatchSize);
      const exportOp = new ExportOperation(this._exporter, batch, this._exportTimeoutMillis, this._metrics);
      this._currentExport = exportOp;
      try {
        await exportOp.exportScheduled;
        await this._exporter.forceFlush();
        await exportOp.exportCompleted;
      } catch (e) {
        globalErrorHandler(e);
      } finally {
        this._currentExport = null;
      }
    }
    this._flushing = false;
    this._maybeStartTimer();
  }
  /**
  * Extracts one batch from the buffer.
  * Returns null if buffer is empty.
  */
  _extractBatch() {
    if (this._finishedLogRecords.length === 0) return null;
    if (this._finishedLogRecords.length <= this._maxExportBatchSize) {
      const batch = this._finishedLogRecords;
      this._finishedLogRecords = [];
      return batch;
    } else return this._finishedLogRecords.splice(0, this._maxExportBatchSize);
  }
  _exportOneBatch() {
    this._clearTimer();
    const logRecords = this._extractBatch();
    if (logRecords === null) return;
    const exportOp = new ExportOperation(this._exporter, logRecords, this._exportTimeoutMillis, this._metrics);
    this._currentExport = exportOp;
    exportOp.exportCompleted.then(() => {
      this._currentExport = null;
      this._maybeStartTimer();
    }).catch((error) => {
      this._currentExport = null;
      globalErrorHandler(error);
      this._maybeStartTimer();
    });
  }
  _maybeStartTimer() {
    if (this._shutdownOnce.isCalled) return;
    if (this._flushing) return;
    if (this._finishedLogRecords.length === 0) return;
    if (this._currentExport !== null) return;
    if (this._finishedLogRecords.length >= this._maxExportBatchSize) {
      this._exportOneBatch();
      return;
    }
    if (this._timer !== void 0) return;
    this._timer = setTimeout(() => {
      this._timer = void 0;
      this._exportOneBatch();
    }, this._scheduledDelayMillis);
    unrefTimer(this._timer);
  }
  _clearTimer() {
    if (this._timer !== void 0) {
      clearTimeout(this._timer);
      this._timer = void 0;
    }
  }
};
function unrefTimer(timer) {
  const handle = timer;
  if (typeof handle !== "number") handle.unref?.();
}

// node_modules/@opentelemetry/sdk-logs/dist/platform/node/export/BatchLogRecordProcessor.mjs
var BatchLogRecordProcessor = class extends BatchLogRecordProcessorBase {
  onShutdown() {
  }
};

// node_modules/@opentelemetry/otlp-exporter-base/dist/OTLPExporterBase.mjs
var OTLPExporterBase = class {
  _delegate;
  constructor(delegate) {
    this._delegate = delegate;
  }
  /**
  * Export items.
  * @param items
  * @param resultCallback
  */
  export(items, resultCallback) {
    this._delegate.export(items, resultCallback);
  }
  forceFlush() {
    return this._delegate.forceFlush();
  }
  shutdown() {
    return this._delegate.shutdown();
  }
  setMetrics(metrics) {
    this._delegate.setMetrics(metrics);
  }
};

// node_modules/@opentelemetry/otlp-exporter-base/dist/types.mjs
var OTLPExporterError = class extends Error {
  code;
  name = "OTLPExporterError";
  data;
  constructor(message, code, data) {
    super(message);
    this.data = data;
    this.code = code;
  }
};

// node_modules/@opentelemetry/otlp-exporter-base/dist/configuration/shared-configuration.mjs
function validateTimeoutMillis(timeoutMillis) {
  if (Number.isFinite(timeoutMillis) && timeoutMillis > 0) return timeoutMillis;
  throw new Error(`Configuration: timeoutMillis is invalid, expected number greater than 0 (actual: '${timeoutMillis}')`);
}
function wrapStaticHeadersInFunction(headers) {
  if (headers == null) return;
  return async () => headers;
}
function mergeOtlpSharedConfigurationWithDefaults(userProvidedConfiguration, fallbackConfiguration, defaultConfiguration) {
  return {
    timeoutMillis: validateTimeoutMillis(userProvidedConfiguration.timeoutMillis ?? fallbackConfiguration.timeoutMillis ?? defaultConfiguration.timeoutMillis),
    concurrencyLimit: userProvidedConfiguration.concurrencyLimit ?? fallbackConfiguration.concurrencyLimit ?? defaultConfiguration.concurrencyLimit,
    compression: userProvidedConfiguration.compression ?? fallbackConfiguration.compression ?? defaultConfiguration.compression
  };
}
function getSharedConfigurationDefaults() {
  return {
    timeoutMillis: 1e4,
    concurrencyLimit: 30,
    compression: "none"
  };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/bounded-queue-export-promise-handler.mjs
var BoundedQueueExportPromiseHandler = class {
  _concurrencyLimit;
  _sendingPromises = [];
  /**
  * @param concurrencyLimit maximum promises allowed in a queue at the same time.
  */
  constructor(concurrencyLimit) {
    this._concurrencyLimit = concurrencyLimit;
  }
  pushPromise(promise) {
    if (this.hasReachedLimit()) throw new Error("Concurrency Limit reached");
    this._sendingPromises.push(promise);
    const popPromise = () => {
      const index = this._sendingPromises.indexOf(promise);
      this._sendingPromises.splice(index, 1);
    };
    promise.then(popPromise, popPromise);
  }
  hasReachedLimit() {
    return this._sendingPromises.length >= this._concurrencyLimit;
  }
  async awaitAll() {
    await Promise.all(this._sendingPromises);
  }
};
function createBoundedQueueExportPromiseHandler(options) {
  return new BoundedQueueExportPromiseHandler(options.concurrencyLimit);
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/logging-response-handler.mjs
init_dist();
function isPartialSuccessResponse(response) {
  return Object.prototype.hasOwnProperty.call(response, "partialSuccess");
}
function createLoggingPartialSuccessResponseHandler() {
  return { handleResponse(response) {
    if (response == null || !isPartialSuccessResponse(response) || response.partialSuccess == null || Object.keys(response.partialSuccess).length === 0) return;
    diag2.warn("Received Partial Success response:", JSON.stringify(response.partialSuccess));
  } };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/otlp-export-delegate.mjs
init_dist();
var OTLPExportDelegate = class {
  _metrics;
  _diagLogger;
  _transport;
  _serializer;
  _responseHandler;
  _promiseQueue;
  _timeout;
  constructor(transport, serializer, responseHandler, promiseQueue, metrics, timeout) {
    this._transport = transport;
    this._serializer = serializer;
    this._responseHandler = responseHandler;
    this._promiseQueue = promiseQueue;
    this._timeout = timeout;
    this._diagLogger = diag2.createComponentLogger({ namespace: "OTLPExportDelegate" });
    this._metrics = metrics;
  }
  export(internalRepresentation, resultCallback) {
    this._diagLogger.debug("items to be sent", internalRepresentation);
    if (this._promiseQueue.hasReachedLimit()) {
      resultCallback({
        code: ExportResultCode.FAILED,
        error: /* @__PURE__ */ new Error("Concurrent export limit reached")
      });
      return;
    }
    const serializedRequest = this._serializer.serializeRequest(internalRepresentation);
    if (serializedRequest == null) {
      resultCallback({
        code: ExportResultCode.FAILED,
        error: /* @__PURE__ */ new Error("Nothing to send")
      });
      return;
    }
    const finishExport = this._metrics.startExport(internalRepresentation);
    this._promiseQueue.pushPromise(this._transport.send(serializedRequest, this._timeout).then((response) => {
      if (response.status === "success") {
        finishExport(void 0);
        if (response.data != null) try {
          this._responseHandler.handleResponse(this._serializer.deserializeResponse(response.data));
        } catch (e) {
          this._diagLogger.warn("Export succeeded but could not deserialize response - is the response specification compliant?", e, response.data);
        }
        resultCallback({ code: ExportResultCode.SUCCESS });
        return;
      } else if (response.status === "failure" && response.error) {
        finishExport(response.error);
        resultCallback({
          code: ExportResultCode.FAILED,
          error: response.error
        });
        return;
      } else if (response.status === "retryable") {
        finishExport("export_max_retries");
        resultCallback({
          code: ExportResultCode.FAILED,
          error: response.error ?? new OTLPExporterError("Export failed with retryable status")
        });
      } else {
        finishExport("export_failed");
        resultCallback({
          code: ExportResultCode.FAILED,
          error: new OTLPExporterError("Export failed with unknown error")
        });
      }
    }, (reason) => {
      finishExport(reason);
      resultCallback({
        code: ExportResultCode.FAILED,
        error: reason
      });
    }));
  }
  forceFlush() {
    return this._promiseQueue.awaitAll();
  }
  setMetrics(metrics) {
    this._metrics = metrics;
  }
  async shutdown() {
    this._diagLogger.debug("shutdown started");
    await this.forceFlush();
    this._transport.shutdown();
  }
};
function createOtlpExportDelegate(components, settings) {
  return new OTLPExportDelegate(components.transport, components.serializer, createLoggingPartialSuccessResponseHandler(), components.promiseHandler, components.metrics, settings.timeout);
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/semconv.mjs
var ATTR_HTTP_RESPONSE_STATUS_CODE2 = "http.response.status_code";
var ATTR_OTEL_COMPONENT_NAME2 = "otel.component.name";
var ATTR_OTEL_COMPONENT_TYPE2 = "otel.component.type";
var ATTR_SERVER_ADDRESS2 = "server.address";
var ATTR_SERVER_PORT2 = "server.port";
var ATTR_ERROR_TYPE3 = "error.type";

// node_modules/@opentelemetry/otlp-exporter-base/dist/version.mjs
var VERSION4 = "0.301.0";

// node_modules/@opentelemetry/otlp-exporter-base/dist/ExporterMetrics.mjs
init_dist();
var componentCounter2 = /* @__PURE__ */ new Map();
var ExporterMetrics = class {
  inflight;
  exported;
  duration;
  standardAttrs;
  responseAttributesFromError;
  helper;
  constructor(options) {
    const { componentType, metricsHelper, meterProvider, url, responseAttributesFromError } = options;
    this.responseAttributesFromError = responseAttributesFromError;
    const meter = meterProvider ? meterProvider.getMeter("@opentelemetry/otlp-exporter", VERSION4) : createNoopMeter();
    const counter = componentCounter2.get(componentType) ?? 0;
    componentCounter2.set(componentType, counter + 1);
    this.standardAttrs = {
      [ATTR_OTEL_COMPONENT_TYPE2]: componentType,
      [ATTR_OTEL_COMPONENT_NAME2]: `${componentType}/${counter}`
    };
    if (url) {
      let urlToParse = url;
      if (!url.includes("://")) urlToParse = `http://${url}`;
      try {
        const parsedUrl = new URL(urlToParse);
        this.standardAttrs[ATTR_SERVER_ADDRESS2] = parsedUrl.hostname;
        let port = void 0;
        if (parsedUrl.port) port = Number(parsedUrl.port);
        else if (parsedUrl.protocol === "http:") port = 80;
        else if (parsedUrl.protocol === "https:") port = 443;
        if (typeof port === "number") this.standardAttrs[ATTR_SERVER_PORT2] = port;
      } catch {
      }
    }
    this.helper = metricsHelper;
    this.inflight = meter.createUpDownCounter(`otel.sdk.exporter.${this.helper.name}.inflight`, {
      unit: `{${this.helper.name}}`,
      description: `The number of ${this.helper.name}s which were passed to the exporter, but that have not been exported yet (neither successful, nor failed).`
    });
    this.exported = meter.createCounter(`otel.sdk.exporter.${this.helper.name}.exported`, {
      unit: `{${this.helper.name}}`,
      description: `The number of ${this.helper.name}s for which the export has finished, either successful or failed.`
    });
    this.duration = meter.createHistogram("otel.sdk.exporter.operation.duration", {
      unit: "s",
      description: "The duration of exporting a batch of telemetry records.",
      advice: { explicitBucketBoundaries: [] }
    });
  }
  startExport(request) {
    const numItems = this.helper.countItems(request);
    const startTime = hrTime();
    this.inflight.add(numItems, this.standardAttrs);
    return (error) => {
      const endTime = hrTime();
      this.inflight.add(-numItems, this.standardAttrs);
      const exportedAttrs = error ? {
        ...this.standardAttrs,
        [ATTR_ERROR_TYPE3]: error instanceof Error ? error.name : "export_failed"
      } : this.standardAttrs;
      this.exported.add(numItems, exportedAttrs);
      const durationAttrs = {
        ...exportedAttrs,
        ...this.responseAttributesFromError(error)
      };
      const duration = hrTimeToMilliseconds(hrTimeDuration(startTime, endTime)) / 1e3;
      this.duration.record(duration, durationAttrs);
    };
  }
};

// node_modules/@opentelemetry/otlp-exporter-base/dist/util.mjs
init_dist();
function validateAndNormalizeHeaders(partialHeaders) {
  const headers = {};
  Object.entries(partialHeaders ?? {}).forEach(([key, value]) => {
    if (typeof value !== "undefined") headers[key] = String(value);
    else diag2.warn(`Header "${key}" has invalid value (${value}) and will be ignored`);
  });
  return headers;
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/configuration/otlp-http-configuration.mjs
function mergeHeaders(userProvidedHeaders, fallbackHeaders, defaultHeaders) {
  return async () => {
    const requiredHeaders = { ...await defaultHeaders() };
    const headers = {};
    if (fallbackHeaders != null) Object.assign(headers, await fallbackHeaders());
    if (userProvidedHeaders != null) Object.assign(headers, validateAndNormalizeHeaders(await userProvidedHeaders()));
    return Object.assign(headers, requiredHeaders);
  };
}
function validateUserProvidedUrl(url) {
  if (url == null) return;
  try {
    const base2 = globalThis.location?.href;
    return new URL(url, base2).href;
  } catch {
    throw new Error(`Configuration: Could not parse user-provided export URL: '${url}'`);
  }
}
function mergeOtlpHttpConfigurationWithDefaults(userProvidedConfiguration, fallbackConfiguration, defaultConfiguration) {
  return {
    ...mergeOtlpSharedConfigurationWithDefaults(userProvidedConfiguration, fallbackConfiguration, defaultConfiguration),
    headers: mergeHeaders(userProvidedConfiguration.headers, fallbackConfiguration.headers, defaultConfiguration.headers),
    url: validateUserProvidedUrl(userProvidedConfiguration.url) ?? fallbackConfiguration.url ?? defaultConfiguration.url
  };
}
function getHttpConfigurationDefaults(requiredHeaders, signalResourcePath) {
  return {
    ...getSharedConfigurationDefaults(),
    headers: async () => requiredHeaders,
    url: "http://localhost:4318/" + signalResourcePath
  };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/configuration/otlp-node-http-configuration.mjs
function httpAgentFactoryFromOptions(options) {
  return async (protocol) => {
    const isInsecure = protocol === "http:";
    const { Agent } = await (isInsecure ? import("node:http") : import("node:https"));
    if (isInsecure) {
      const { ca, cert, key, ...insecureOptions } = options;
      return new Agent(insecureOptions);
    }
    return new Agent(options);
  };
}
function mergeOtlpNodeHttpConfigurationWithDefaults(userProvidedConfiguration, fallbackConfiguration, defaultConfiguration) {
  return {
    ...mergeOtlpHttpConfigurationWithDefaults(userProvidedConfiguration, fallbackConfiguration, defaultConfiguration),
    agentFactory: userProvidedConfiguration.agentFactory ?? fallbackConfiguration.agentFactory ?? defaultConfiguration.agentFactory,
    userAgent: userProvidedConfiguration.userAgent
  };
}
function getNodeHttpConfigurationDefaults(requiredHeaders, signalResourcePath) {
  return {
    ...getHttpConfigurationDefaults(requiredHeaders, signalResourcePath),
    agentFactory: httpAgentFactoryFromOptions({ keepAlive: true })
  };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/is-export-retryable.mjs
function isExportHTTPErrorRetryable(statusCode) {
  return statusCode === 429 || statusCode === 502 || statusCode === 503 || statusCode === 504;
}
function parseRetryAfterToMills(retryAfter) {
  if (retryAfter == null) return;
  const seconds = Number.parseInt(retryAfter, 10);
  if (Number.isInteger(seconds)) return seconds > 0 ? seconds * 1e3 : -1;
  const delay = new Date(retryAfter).getTime() - Date.now();
  if (delay >= 0) return delay;
  return 0;
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/transport/http-transport-utils.mjs
import * as zlib from "node:zlib";
import { Readable } from "node:stream";
var DEFAULT_USER_AGENT = `OTel-OTLP-Exporter-JavaScript/${VERSION4}`;
var MAX_RESPONSE_BODY_SIZE = 4194304;
function sendWithHttp(request, url, headers, compression, userAgent, agent, data, timeoutMillis) {
  return new Promise((resolve2) => {
    const parsedUrl = new URL(url);
    if (userAgent) headers["User-Agent"] = `${userAgent} ${DEFAULT_USER_AGENT}`;
    else headers["User-Agent"] = DEFAULT_USER_AGENT;
    const req = request(parsedUrl, {
      method: "POST",
      headers,
      agent
    }, (res) => {
      const responseData = [];
      let responseSize = 0;
      res.on("data", (chunk) => {
        responseSize += chunk.length;
        if (responseSize > 4194304) {
          resolve2({
            status: "failure",
            error: /* @__PURE__ */ new Error(`OTLP export response body exceeded size limit of ${MAX_RESPONSE_BODY_SIZE} bytes`)
          });
          res.destroy();
          return;
        }
        responseData.push(chunk);
      });
      res.on("end", () => {
        if (res.statusCode && res.statusCode <= 299) resolve2({
          status: "success",
          data: Buffer.concat(responseData)
        });
        else if (res.statusCode && isExportHTTPErrorRetryable(res.statusCode)) resolve2({
          status: "retryable",
          retryInMillis: parseRetryAfterToMills(res.headers["retry-after"])
        });
        else resolve2({
          status: "failure",
          error: new OTLPExporterError(res.statusMessage, res.statusCode, Buffer.concat(responseData).toString())
        });
      });
      res.on("error", (error) => {
        if (res.statusCode && res.statusCode <= 299) resolve2({ status: "success" });
        else if (res.statusCode && isExportHTTPErrorRetryable(res.statusCode)) resolve2({
          status: "retryable",
          error,
          retryInMillis: parseRetryAfterToMills(res.headers["retry-after"])
        });
        else resolve2({
          status: "failure",
          error
        });
      });
    });
    req.setTimeout(timeoutMillis, () => {
      req.destroy();
      resolve2({
        status: "retryable",
        error: /* @__PURE__ */ new Error("Request timed out")
      });
    });
    req.on("error", (error) => {
      if (isHttpTransportNetworkErrorRetryable(error)) resolve2({
        status: "retryable",
        error
      });
      else resolve2({
        status: "failure",
        error
      });
    });
    compressAndSend(req, compression, data, (error) => {
      resolve2({
        status: "failure",
        error
      });
    });
  });
}
function compressAndSend(req, compression, data, onError) {
  let dataStream = readableFromUint8Array(data);
  if (compression === "gzip") {
    req.setHeader("Content-Encoding", "gzip");
    dataStream = dataStream.on("error", onError).pipe(zlib.createGzip()).on("error", onError);
  }
  dataStream.pipe(req).on("error", onError);
}
function readableFromUint8Array(buff) {
  const readable = new Readable();
  readable.push(buff);
  readable.push(null);
  return readable;
}
function isHttpTransportNetworkErrorRetryable(error) {
  const RETRYABLE_NETWORK_ERROR_CODES = /* @__PURE__ */ new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "EAI_AGAIN",
    "ENOTFOUND",
    "ENETUNREACH",
    "EHOSTUNREACH"
  ]);
  if ("code" in error && typeof error.code === "string") return RETRYABLE_NETWORK_ERROR_CODES.has(error.code);
  return false;
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/transport/http-exporter-transport.mjs
var HttpExporterTransport = class {
  _utils = null;
  _parameters;
  constructor(parameters) {
    this._parameters = parameters;
  }
  async send(data, timeoutMillis) {
    const { agent, request } = await this._loadUtils();
    const headers = await this._parameters.headers();
    return sendWithHttp(request, this._parameters.url, headers, this._parameters.compression, this._parameters.userAgent, agent, data, timeoutMillis);
  }
  shutdown() {
  }
  async _loadUtils() {
    let utils = this._utils;
    if (utils === null) {
      const protocol = new URL(this._parameters.url).protocol;
      const [agent, request] = await Promise.all([this._parameters.agentFactory(protocol), requestFunctionFactory(protocol)]);
      utils = this._utils = {
        agent,
        request
      };
    }
    return utils;
  }
};
async function requestFunctionFactory(protocol) {
  const { request } = await (protocol === "http:" ? import("node:http") : import("node:https"));
  return request;
}
function createHttpExporterTransport(parameters) {
  return new HttpExporterTransport(parameters);
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/retrying-transport.mjs
init_dist();
var MAX_ATTEMPTS = 5;
var INITIAL_BACKOFF = 1e3;
var MAX_BACKOFF = 5e3;
var BACKOFF_MULTIPLIER = 1.5;
var JITTER = 0.2;
function getJitter() {
  return Math.random() * (2 * JITTER) - JITTER;
}
var RetryingTransport = class {
  _transport;
  constructor(transport) {
    this._transport = transport;
  }
  retry(data, timeoutMillis, inMillis) {
    return new Promise((resolve2, reject) => {
      setTimeout(() => {
        this._transport.send(data, timeoutMillis).then(resolve2, reject);
      }, inMillis);
    });
  }
  async send(data, timeoutMillis) {
    let attempts = MAX_ATTEMPTS;
    let nextBackoff = INITIAL_BACKOFF;
    const deadline = Date.now() + timeoutMillis;
    let result = await this._transport.send(data, timeoutMillis);
    while (result.status === "retryable" && attempts > 0) {
      attempts--;
      const backoff = Math.max(Math.min(nextBackoff * (1 + getJitter()), MAX_BACKOFF), 0);
      nextBackoff = nextBackoff * BACKOFF_MULTIPLIER;
      const retryInMillis = result.retryInMillis ?? backoff;
      const remainingTimeoutMillis = deadline - Date.now();
      if (retryInMillis > remainingTimeoutMillis) {
        diag2.info(`Export retry time ${Math.round(retryInMillis)}ms exceeds remaining timeout ${Math.round(remainingTimeoutMillis)}ms, not retrying further.`);
        return result;
      }
      diag2.verbose(`Scheduling export retry in ${Math.round(retryInMillis)}ms`);
      result = await this.retry(data, remainingTimeoutMillis, retryInMillis);
    }
    if (result.status === "success") diag2.verbose(`Export succeeded after ${MAX_ATTEMPTS - attempts} retry attempts.`);
    else if (result.status === "retryable") diag2.info(`Export failed after maximum retry attempts (${MAX_ATTEMPTS}).`);
    else diag2.info(`Export failed with non-retryable error: ${result.error}`);
    return result;
  }
  shutdown() {
    return this._transport.shutdown();
  }
};
function createRetryingTransport(options) {
  return new RetryingTransport(options.transport);
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/otlp-http-export-delegate.mjs
function createOtlpHttpExporterMetrics(metricsComponentType, exporterMetricsHelper, url, meterProvider) {
  return new ExporterMetrics({
    componentType: metricsComponentType,
    metricsHelper: exporterMetricsHelper,
    url,
    meterProvider,
    responseAttributesFromError: (error) => {
      if (!error) return { [ATTR_HTTP_RESPONSE_STATUS_CODE2]: 200 };
      if (!(error instanceof OTLPExporterError)) return {};
      return { [ATTR_HTTP_RESPONSE_STATUS_CODE2]: error.code };
    }
  });
}
function createOtlpHttpExportDelegate(options, serializer, metricsComponentType, exporterMetricsHelper, meterProvider) {
  return createOtlpExportDelegate({
    transport: createRetryingTransport({ transport: createHttpExporterTransport(options) }),
    serializer,
    promiseHandler: createBoundedQueueExportPromiseHandler(options),
    metrics: createOtlpHttpExporterMetrics(metricsComponentType, exporterMetricsHelper, options.url, meterProvider)
  }, { timeout: options.timeoutMillis });
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/configuration/shared-env-configuration.mjs
init_dist();
function parseAndValidateTimeoutFromEnv(timeoutEnvVar) {
  const envTimeout = getNumberFromEnv(timeoutEnvVar);
  if (envTimeout != null) {
    if (Number.isFinite(envTimeout) && envTimeout > 0) return envTimeout;
    diag2.warn(`Configuration: ${timeoutEnvVar} is invalid, expected number greater than 0 (actual: ${envTimeout})`);
  }
}
function getTimeoutFromEnv(signalIdentifier) {
  const specificTimeout = parseAndValidateTimeoutFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_TIMEOUT`);
  const nonSpecificTimeout = parseAndValidateTimeoutFromEnv("OTEL_EXPORTER_OTLP_TIMEOUT");
  return specificTimeout ?? nonSpecificTimeout;
}
function parseAndValidateCompressionFromEnv(compressionEnvVar) {
  const compression = getStringFromEnv(compressionEnvVar)?.trim();
  if (compression == null || compression === "none" || compression === "gzip") return compression;
  diag2.warn(`Configuration: ${compressionEnvVar} is invalid, expected 'none' or 'gzip' (actual: '${compression}')`);
}
function getCompressionFromEnv(signalIdentifier) {
  const specificCompression = parseAndValidateCompressionFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_COMPRESSION`);
  const nonSpecificCompression = parseAndValidateCompressionFromEnv("OTEL_EXPORTER_OTLP_COMPRESSION");
  return specificCompression ?? nonSpecificCompression;
}
function getSharedConfigurationFromEnvironment(signalIdentifier) {
  return {
    timeoutMillis: getTimeoutFromEnv(signalIdentifier),
    compression: getCompressionFromEnv(signalIdentifier)
  };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/configuration/otlp-node-http-env-configuration.mjs
init_dist();
import * as fs from "node:fs";
import * as path from "node:path";
function getStaticHeadersFromEnv(signalIdentifier) {
  const signalSpecificRawHeaders = getStringFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_HEADERS`);
  const nonSignalSpecificRawHeaders = getStringFromEnv("OTEL_EXPORTER_OTLP_HEADERS");
  const signalSpecificHeaders = parseKeyPairsIntoRecord(signalSpecificRawHeaders);
  const nonSignalSpecificHeaders = parseKeyPairsIntoRecord(nonSignalSpecificRawHeaders);
  if (Object.keys(signalSpecificHeaders).length === 0 && Object.keys(nonSignalSpecificHeaders).length === 0) return;
  return Object.assign({}, parseKeyPairsIntoRecord(nonSignalSpecificRawHeaders), parseKeyPairsIntoRecord(signalSpecificRawHeaders));
}
function appendRootPathToUrlIfNeeded(url) {
  try {
    return new URL(url).toString();
  } catch {
    diag2.warn(`Configuration: Could not parse environment-provided export URL: '${url}', falling back to undefined`);
    return;
  }
}
function appendResourcePathToUrl(url, path2) {
  try {
    new URL(url);
  } catch {
    diag2.warn(`Configuration: Could not parse environment-provided export URL: '${url}', falling back to undefined`);
    return;
  }
  if (!url.endsWith("/")) url = url + "/";
  url += path2;
  try {
    new URL(url);
  } catch {
    diag2.warn(`Configuration: Provided URL appended with '${path2}' is not a valid URL, using 'undefined' instead of '${url}'`);
    return;
  }
  return url;
}
function getNonSpecificUrlFromEnv(signalResourcePath) {
  const envUrl = getStringFromEnv("OTEL_EXPORTER_OTLP_ENDPOINT");
  if (envUrl === void 0) return;
  return appendResourcePathToUrl(envUrl, signalResourcePath);
}
function getSpecificUrlFromEnv(signalIdentifier) {
  const envUrl = getStringFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_ENDPOINT`);
  if (envUrl === void 0) return;
  return appendRootPathToUrlIfNeeded(envUrl);
}
function readFileFromEnv(signalSpecificEnvVar, nonSignalSpecificEnvVar, warningMessage) {
  const signalSpecificPath = getStringFromEnv(signalSpecificEnvVar);
  const nonSignalSpecificPath = getStringFromEnv(nonSignalSpecificEnvVar);
  const filePath = signalSpecificPath ?? nonSignalSpecificPath;
  if (filePath != null) try {
    return fs.readFileSync(path.resolve(process.cwd(), filePath));
  } catch {
    diag2.warn(warningMessage);
    return;
  }
  else return;
}
function getClientCertificateFromEnv(signalIdentifier) {
  return readFileFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_CLIENT_CERTIFICATE`, "OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE", "Failed to read client certificate chain file");
}
function getClientKeyFromEnv(signalIdentifier) {
  return readFileFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_CLIENT_KEY`, "OTEL_EXPORTER_OTLP_CLIENT_KEY", "Failed to read client certificate private key file");
}
function getRootCertificateFromEnv(signalIdentifier) {
  return readFileFromEnv(`OTEL_EXPORTER_OTLP_${signalIdentifier}_CERTIFICATE`, "OTEL_EXPORTER_OTLP_CERTIFICATE", "Failed to read root certificate file");
}
function getNodeHttpConfigurationFromEnvironment(signalIdentifier, signalResourcePath) {
  return {
    ...getSharedConfigurationFromEnvironment(signalIdentifier),
    url: getSpecificUrlFromEnv(signalIdentifier) ?? getNonSpecificUrlFromEnv(signalResourcePath),
    headers: wrapStaticHeadersInFunction(getStaticHeadersFromEnv(signalIdentifier)),
    agentFactory: httpAgentFactoryFromOptions({
      keepAlive: true,
      ca: getRootCertificateFromEnv(signalIdentifier),
      cert: getClientCertificateFromEnv(signalIdentifier),
      key: getClientKeyFromEnv(signalIdentifier)
    })
  };
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/configuration/convert-legacy-http-options.mjs
function convertLegacyHeaders(config2) {
  if (typeof config2.headers === "function") return config2.headers;
  return wrapStaticHeadersInFunction(config2.headers);
}

// node_modules/@opentelemetry/otlp-exporter-base/dist/platform/node/configuration/convert-legacy-node-http-options.mjs
init_dist();
function convertLegacyAgentOptions(config2) {
  if (typeof config2.httpAgentOptions === "function") return config2.httpAgentOptions;
  let legacy = config2.httpAgentOptions;
  if (config2.keepAlive != null) legacy = {
    keepAlive: config2.keepAlive,
    ...legacy
  };
  if (legacy != null) return httpAgentFactoryFromOptions(legacy);
  else return;
}
function convertLegacyHttpOptions(config2, signalIdentifier, signalResourcePath, requiredHeaders) {
  if (config2.metadata) diag2.warn("Metadata cannot be set when using http");
  return mergeOtlpNodeHttpConfigurationWithDefaults({
    url: config2.url,
    headers: convertLegacyHeaders(config2),
    concurrencyLimit: config2.concurrencyLimit,
    timeoutMillis: config2.timeoutMillis,
    compression: config2.compression,
    agentFactory: convertLegacyAgentOptions(config2),
    userAgent: config2.userAgent
  }, getNodeHttpConfigurationFromEnvironment(signalIdentifier, signalResourcePath), getNodeHttpConfigurationDefaults(requiredHeaders, signalResourcePath));
}

// node_modules/@opentelemetry/otlp-transformer/dist/logs/index.mjs
var LogsExporterMetricsHelper = {
  name: "log",
  countItems: (request) => request.length
};

// node_modules/@opentelemetry/otlp-transformer/dist/common/protobuf/utils.mjs
function estimateVarintSize(v) {
  if (v < 0) return 10;
  if (v < 128) return 1;
  if (v < 16384) return 2;
  if (v < 2097152) return 3;
  if (v < 268435456) return 4;
  if (v < 34359738368) return 5;
  if (v < 4398046511104) return 6;
  if (v < 562949953421312) return 7;
  if (v < 72057594037927940) return 8;
  return 9;
}

// node_modules/@opentelemetry/otlp-transformer/dist/common/protobuf/protobuf-writer.mjs
init_dist();
var GROWING_BUFFER_DEBUG_MESSAGE = "ProtobufWriter: estimated size was too small, growing buffer.";
var RESERVED_LENGTH_BYTES = 1;
var ProtobufWriter = class {
  _buffer;
  _textEncoder;
  _dataView;
  pos = 0;
  constructor(estimatedSize = 65536) {
    this._buffer = new Uint8Array(estimatedSize);
    this._textEncoder = new TextEncoder();
    this._dataView = new DataView(this._buffer.buffer, this._buffer.byteOffset);
  }
  /**
  * Ensure buffer has capacity for at least size more bytes
  */
  _ensureCapacity(size) {
    const needed = this.pos + size;
    if (needed <= this._buffer.length) return;
    diag2.debug(GROWING_BUFFER_DEBUG_MESSAGE);
    let newSize = this._buffer.length * 2;
    while (newSize < needed) newSize *= 2;
    const newBuffer = new Uint8Array(newSize);
    newBuffer.set(this._buffer);
    this._buffer = newBuffer;
    this._dataView = new DataView(this._buffer.buffer, this._buffer.byteOffset);
  }
  /**
  * Get the written bytes as a Uint8Array
  */
  finish() {
    return this._buffer.subarray(0, this.pos);
  }
  /**
  * Insert placeholder for length. Update later with {@link finishLengthDelimited}
  * Returns the position where to write the length.
  */
  startLengthDelimited() {
    const lengthPos = this.pos;
    this._ensureCapacity(RESERVED_LENGTH_BYTES);
    this.pos += RESERVED_LENGTH_BYTES;
    return lengthPos;
  }
  /**
  * Write length varint at placeholder position and shift content forward if needed.
  * Most messages are small (< 128 bytes), so we reserve 1 byte and only shift
  * when the length needs more bytes.
  */
  finishLengthDelimited(pos, length) {
    const v = length >>> 0;
    const varintSize = estimateVarintSize(v);
    if (varintSize > RESERVED_LENGTH_BYTES) {
      const additionalBytes = varintSize - RESERVED_LENGTH_BYTES;
      this._ensureCapacity(additionalBytes);
      this._buffer.copyWithin(pos + varintSize, pos + RESERVED_LENGTH_BYTES, this.pos);
      this.pos += additionalBytes;
    }
    let writePos = pos;
    if (v < 128) this._buffer[writePos] = v;
    else if (v < 16384) {
      this._buffer[writePos++] = v & 127 | 128;
      this._buffer[writePos] = v >>> 7;
    } else if (v < 2097152) {
      this._buffer[writePos++] = v & 127 | 128;
      this._buffer[writePos++] = v >>> 7 & 127 | 128;
      this._buffer[writePos] = v >>> 14;
    } else if (v < 268435456) {
      this._buffer[writePos++] = v & 127 | 128;
      this._buffer[writePos++] = v >>> 7 & 127 | 128;
      this._buffer[writePos++] = v >>> 14 & 127 | 128;
      this._buffer[writePos] = v >>> 21;
    } else {
      this._buffer[writePos++] = v & 127 | 128;
      this._buffer[writePos++] = v >>> 7 & 127 | 128;
      this._buffer[writePos++] = v >>> 14 & 127 | 128;
      this._buffer[writePos++] = v >>> 21 & 127 | 128;
      this._buffer[writePos] = v >>> 28;
    }
  }
  /**
  * Write a sint32 value using zigzag encoding
  */
  writeSint32(value) {
    this.writeVarint((value << 1 ^ value >> 31) >>> 0);
  }
  /**
  * Write a signed 64-bit fixed integer (sfixed64) from a JS number.
  * Handles negative values via two's complement.
  */
  writeSfixed64(value) {
    let low;
    let high;
    if (value >= 0) {
      low = value >>> 0;
      high = value / 4294967296 >>> 0;
    } else {
      const abs = Math.abs(value);
      low = abs >>> 0;
      high = abs / 4294967296 >>> 0;
      low = ~low >>> 0;
      high = ~high >>> 0;
      low = low + 1 >>> 0;
      if (low === 0) high = high + 1 >>> 0;
    }
    this.writeFixed64(low, high);
  }
  /**
  * Write a varint (variable-length integer)
  */
  writeVarint(value) {
    this._ensureCapacity(estimateVarintSize(value));
    if (value >= 0 && value <= 4294967295) {
      let v = value >>> 0;
      while (v > 127) {
        this._buffer[this.pos++] = v & 127 | 128;
        v >>>= 7;
      }
      this._buffer[this.pos++] = v;
    } else {
      let low;
      let high;
      if (value >= 0) {
        low = value >>> 0;
        high = value / 4294967296 >>> 0;
      } else {
        const abs = Math.abs(value);
        low = abs >>> 0;
        high = abs / 4294967296 >>> 0;
        low = ~low >>> 0;
        high = ~high >>> 0;
        low = low + 1 >>> 0;
        if (low === 0) high = high + 1 >>> 0;
      }
      while (high > 0 || low > 127) {
        this._buffer[this.pos++] = low & 127 | 128;
        low = (low >>> 7 | high << 25) >>> 0;
        high >>>= 7;
      }
      this._buffer[this.pos++] = low & 127;
    }
  }
  /**
  * Write a 32-bit fixed integer (little-endian)
  */
  writeFixed32(value) {
    this._ensureCapacity(4);
    const v = value >>> 0;
    this._buffer[this.pos++] = v & 255;
    this._buffer[this.pos++] = v >>> 8 & 255;
    this._buffer[this.pos++] = v >>> 16 & 255;
    this._buffer[this.pos++] = v >>> 24 & 255;
  }
  /**
  * Write a 64-bit fixed integer (little-endian)
  * @param low - Low 32 bits
  * @param high - High 32 bits
  */
  writeFixed64(low, high) {
    this._ensureCapacity(8);
    const l = low >>> 0;
    const h = high >>> 0;
    this._buffer[this.pos++] = l & 255;
    this._buffer[this.pos++] = l >>> 8 & 255;
    this._buffer[this.pos++] = l >>> 16 & 255;
    this._buffer[this.pos++] = l >>> 24 & 255;
    this._buffer[this.pos++] = h & 255;
    this._buffer[this.pos++] = h >>> 8 & 255;
    this._buffer[this.pos++] = h >>> 16 & 255;
    this._buffer[this.pos++] = h >>> 24 & 255;
  }
  /**
  * Write length-delimited data (varint length + bytes)
  */
  writeBytes(bytes) {
    this.writeVarint(bytes.length);
    this._ensureCapacity(bytes.length);
    this._buffer.set(bytes, this.pos);
    this.pos += bytes.length;
  }
  /**
  * Write a field key (field number + wire type)
  */
  writeTag(fieldNumber, wireType) {
    this.writeVarint(fieldNumber << 3 | wireType);
  }
  /**
  * Write a double (64-bit IEEE 754)
  */
  writeDouble(value) {
    this._ensureCapacity(8);
    this._dataView.setFloat64(this.pos, value, true);
    this.pos += 8;
  }
  /**
  * Write a string as UTF-8 bytes (length-delimited)
  */
  writeString(str) {
    let isAscii = true;
    const len = str.length;
    for (let i = 0; i < len; i++) if (str.charCodeAt(i) > 127) {
      isAscii = false;
      break;
    }
    if (isAscii) {
      this.writeVarint(len);
      this._ensureCapacity(len);
      for (let i = 0; i < len; i++) this._buffer[this.pos++] = str.charCodeAt(i);
    } else {
      const bytes = this._textEncoder.encode(str);
      this.writeBytes(bytes);
    }
  }
};

// node_modules/@opentelemetry/otlp-transformer/dist/common/hex-to-binary.mjs
function intValue(charCode) {
  if (charCode >= 48 && charCode <= 57) return charCode - 48;
  if (charCode >= 97 && charCode <= 102) return charCode - 87;
  return charCode - 55;
}
function hexToBinary(hexStr) {
  const buf = new Uint8Array(hexStr.length / 2);
  let offset = 0;
  for (let i = 0; i < hexStr.length; i += 2) {
    const hi = intValue(hexStr.charCodeAt(i));
    const lo = intValue(hexStr.charCodeAt(i + 1));
    buf[offset++] = hi << 4 | lo;
  }
  return buf;
}

// node_modules/@opentelemetry/otlp-transformer/dist/common/protobuf/common-serializer.mjs
function writeHrTimeAsFixed64(serializer, hrTime2) {
  const seconds = hrTime2[0];
  const nanos = hrTime2[1];
  const nanosPerSecond = 1e9;
  const secondsLower16Bits = seconds & 65535;
  const secondsUpperBits = seconds / 65536 >>> 0;
  const nanosFromLower16Bits = secondsLower16Bits * nanosPerSecond;
  const nanosFromUpperBits = secondsUpperBits * nanosPerSecond;
  const lower16ContributionLow32 = nanosFromLower16Bits >>> 0;
  const lower16ContributionHigh32 = Math.floor(nanosFromLower16Bits / 4294967296);
  const upperBitsContributionLow32 = (nanosFromUpperBits & 65535) * 65536 >>> 0;
  const upperBitsContributionHigh32 = nanosFromUpperBits / 65536 >>> 0;
  const low32WithCarry = lower16ContributionLow32 + upperBitsContributionLow32 + nanos;
  const totalLow = low32WithCarry >>> 0;
  const carry = Math.floor(low32WithCarry / 4294967296);
  const totalHigh = lower16ContributionHigh32 + upperBitsContributionHigh32 + carry >>> 0;
  serializer.writeFixed64(totalLow, totalHigh);
}
function writeAttributes(writer, attributes, fieldNumber) {
  for (const key in attributes) {
    if (!Object.prototype.hasOwnProperty.call(attributes, key)) continue;
    const value = attributes[key];
    writer.writeTag(fieldNumber, 2);
    const kvStart = writer.startLengthDelimited();
    const startPos = writer.pos;
    writeKeyValue(writer, key, value);
    writer.finishLengthDelimited(kvStart, writer.pos - startPos);
  }
}
function writeKeyValue(writer, key, value) {
  writer.writeTag(1, 2);
  writer.writeString(key);
  writer.writeTag(2, 2);
  const valueStart = writer.startLengthDelimited();
  const startPos = writer.pos;
  writeAnyValue(writer, value);
  writer.finishLengthDelimited(valueStart, writer.pos - startPos);
}
var MIN_64_BIT_INT = -(2 ** 63);
var MAX_64_BIT_INT = 2 ** 63;
function writeAnyValue(writer, value) {
  const t = typeof value;
  if (t === "string") {
    writer.writeTag(1, 2);
    writer.writeString(value);
  } else if (t === "boolean") {
    writer.writeTag(2, 0);
    writer.writeVarint(value ? 1 : 0);
  } else if (t === "number") {
    const numValue = value;
    if (Number.isInteger(numValue) && numValue >= MIN_64_BIT_INT && numValue < MAX_64_BIT_INT) {
      writer.writeTag(3, 0);
      writer.writeVarint(numValue);
    } else {
      writer.writeTag(4, 1);
      writer.writeDouble(numValue);
    }
  } else if (value instanceof Uint8Array) {
    writer.writeTag(7, 2);
    writer.writeBytes(value);
  } else if (Array.isArray(value)) {
    writer.writeTag(5, 2);
    const arrayStart = writer.startLengthDelimited();
    const arrayStartPos = writer.pos;
    for (const item of value) {
      writer.writeTag(1, 2);
      const itemStart = writer.startLengthDelimited();
      const itemStartPos = writer.pos;
      writeAnyValue(writer, item);
      writer.finishLengthDelimited(itemStart, writer.pos - itemStartPos);
    }
    writer.finishLengthDelimited(arrayStart, writer.pos - arrayStartPos);
  } else if (t === "object" && value != null) {
    writer.writeTag(6, 2);
    const kvlistStart = writer.startLengthDelimited();
    const kvlistStartPos = writer.pos;
    const obj = value;
    for (const k in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
      const v = obj[k];
      writer.writeTag(1, 2);
      const kvStart = writer.startLengthDelimited();
      const kvStartPos = writer.pos;
      writer.writeTag(1, 2);
      writer.writeString(k);
      writer.writeTag(2, 2);
      const valueStart = writer.startLengthDelimited();
      const valueStartPos = writer.pos;
      writeAnyValue(writer, v);
      writer.finishLengthDelimited(valueStart, writer.pos - valueStartPos);
      writer.finishLengthDelimited(kvStart, writer.pos - kvStartPos);
    }
    writer.finishLengthDelimited(kvlistStart, writer.pos - kvlistStartPos);
  }
}
function writeInstrumentationScope(writer, scope, fieldNumber) {
  writer.writeTag(fieldNumber, 2);
  const start2 = writer.startLengthDelimited();
  const startPos = writer.pos;
  writer.writeTag(1, 2);
  writer.writeString(scope.name);
  if (scope.version) {
    writer.writeTag(2, 2);
    writer.writeString(scope.version);
  }
  if (scope.attributes) writeAttributes(writer, scope.attributes, 3);
  if (scope.droppedAttributesCount) {
    writer.writeTag(4, 0);
    writer.writeVarint(scope.droppedAttributesCount);
  }
  writer.finishLengthDelimited(start2, writer.pos - startPos);
}
function writeResource(writer, resource, fieldNumber) {
  writer.writeTag(fieldNumber, 2);
  const resourceStart = writer.startLengthDelimited();
  const resourceStartPos = writer.pos;
  if (resource.attributes) writeAttributes(writer, resource.attributes, 1);
  writer.writeTag(2, 0);
  writer.writeVarint(0);
  writer.finishLengthDelimited(resourceStart, writer.pos - resourceStartPos);
}

// node_modules/@opentelemetry/otlp-transformer/dist/common/protobuf/protobuf-size-estimator.mjs
function utf8ByteLength(str) {
  const len = str.length;
  let byteLen = 0;
  for (let i = 0; i < len; i++) {
    const code = str.charCodeAt(i);
    if (code < 128) byteLen += 1;
    else if (code < 2048) byteLen += 2;
    else if (code < 55296 || code >= 57344) byteLen += 3;
    else {
      i++;
      byteLen += 4;
    }
  }
  return byteLen;
}
var ProtobufSizeEstimator = class {
  pos = 0;
  startLengthDelimited() {
    return this.pos;
  }
  finishLengthDelimited(_, length) {
    this.pos += estimateVarintSize(length);
  }
  writeVarint(value) {
    this.pos += estimateVarintSize(value);
  }
  writeSint32(value) {
    this.pos += estimateVarintSize((value << 1 ^ value >> 31) >>> 0);
  }
  writeSfixed64(_value) {
    this.pos += 8;
  }
  writeFixed32(_value) {
    this.pos += 4;
  }
  writeFixed64(_low, _high) {
    this.pos += 8;
  }
  writeBytes(bytes) {
    this.pos += estimateVarintSize(bytes.length);
    this.pos += bytes.length;
  }
  writeTag(fieldNumber, wireType) {
    this.writeVarint(fieldNumber << 3 | wireType);
  }
  writeDouble(_value) {
    this.pos += 8;
  }
  writeString(str) {
    const byteLen = utf8ByteLength(str);
    this.pos += estimateVarintSize(byteLen);
    this.pos += byteLen;
  }
};

// node_modules/@opentelemetry/otlp-transformer/dist/logs/protobuf/logs-serializer.mjs
init_dist();
function serializeLogRecord(writer, logRecord) {
  const logStart = writer.startLengthDelimited();
  const logStartPos = writer.pos;
  writer.writeTag(1, 1);
  writeHrTimeAsFixed64(writer, logRecord.hrTime);
  if (logRecord.severityNumber !== void 0 && logRecord.severityNumber !== SeverityNumber.UNSPECIFIED) {
    writer.writeTag(2, 0);
    writer.writeVarint(logRecord.severityNumber);
  }
  if (logRecord.severityText) {
    writer.writeTag(3, 2);
    writer.writeString(logRecord.severityText);
  }
  if (logRecord.body !== void 0) {
    writer.writeTag(5, 2);
    const bodyStart = writer.startLengthDelimited();
    const bodyStartPos = writer.pos;
    writeAnyValue(writer, logRecord.body);
    writer.finishLengthDelimited(bodyStart, writer.pos - bodyStartPos);
  }
  if (logRecord.attributes) writeAttributes(writer, logRecord.attributes, 6);
  writer.writeTag(7, 0);
  writer.writeVarint(logRecord.droppedAttributesCount);
  if (logRecord.spanContext?.traceFlags) {
    writer.writeTag(8, 5);
    writer.writeFixed32(logRecord.spanContext.traceFlags);
  }
  if (logRecord.spanContext?.traceId) {
    writer.writeTag(9, 2);
    writer.writeBytes(hexToBinary(logRecord.spanContext.traceId));
  }
  if (logRecord.spanContext?.spanId) {
    writer.writeTag(10, 2);
    writer.writeBytes(hexToBinary(logRecord.spanContext.spanId));
  }
  writer.writeTag(11, 1);
  writeHrTimeAsFixed64(writer, logRecord.hrTimeObserved);
  if (logRecord.eventName) {
    writer.writeTag(12, 2);
    writer.writeString(logRecord.eventName);
  }
  writer.finishLengthDelimited(logStart, writer.pos - logStartPos);
}
function serializeScopeLogs(writer, scope, logRecords) {
  const scopeLogsStart = writer.startLengthDelimited();
  const scopeLogsStartPos = writer.pos;
  writeInstrumentationScope(writer, scope, 1);
  for (const logRecord of logRecords) {
    writer.writeTag(2, 2);
    serializeLogRecord(writer, logRecord);
  }
  if (scope.schemaUrl) {
    writer.writeTag(3, 2);
    writer.writeString(scope.schemaUrl);
  }
  writer.finishLengthDelimited(scopeLogsStart, writer.pos - scopeLogsStartPos);
}
function serializeResourceLogs(writer, resource, scopeMap) {
  const resourceLogsStart = writer.startLengthDelimited();
  const resourceLogsStartPos = writer.pos;
  writeResource(writer, resource, 1);
  for (const scopeLogs of scopeMap.values()) {
    writer.writeTag(2, 2);
    const scope = scopeLogs[0].instrumentationScope;
    serializeScopeLogs(writer, scope, scopeLogs);
  }
  if (resource.schemaUrl) {
    writer.writeTag(3, 2);
    writer.writeString(resource.schemaUrl);
  }
  writer.finishLengthDelimited(resourceLogsStart, writer.pos - resourceLogsStartPos);
}
function createResourceMap(logRecords) {
  const resourceMap = /* @__PURE__ */ new Map();
  for (const record of logRecords) {
    const resource = record.resource;
    const scope = record.instrumentationScope;
    let ismMap = resourceMap.get(resource);
    if (!ismMap) {
      ismMap = /* @__PURE__ */ new Map();
      resourceMap.set(resource, ismMap);
    }
    let records = ismMap.get(scope);
    if (!records) {
      records = [];
      ismMap.set(scope, records);
    }
    records.push(record);
  }
  return resourceMap;
}
function serializeLogsExportRequest(logRecords) {
  const resourceMap = createResourceMap(logRecords);
  const estimator = new ProtobufSizeEstimator();
  for (const [resource, scopeMap] of resourceMap) {
    estimator.writeTag(1, 2);
    serializeResourceLogs(estimator, resource, scopeMap);
  }
  const writer = new ProtobufWriter(estimator.pos);
  for (const [resource, scopeMap] of resourceMap) {
    writer.writeTag(1, 2);
    serializeResourceLogs(writer, resource, scopeMap);
  }
  return writer.finish();
}

// node_modules/@opentelemetry/otlp-transformer/dist/common/protobuf/protobuf-reader.mjs
var ProtobufReader = class {
  pos = 0;
  _buf;
  _textDecoder;
  constructor(buf) {
    this._buf = buf;
    this._textDecoder = new TextDecoder();
  }
  isAtEnd() {
    return this.pos >= this._buf.length;
  }
  /** Read a varint and decode it as a tag, returning field number and wire type. */
  readTag() {
    const raw = this.readVarint();
    return {
      fieldNumber: raw >>> 3,
      wireType: raw & 7
    };
  }
  /**
  * Read a base-128 varint.
  * Returns a JS `number`; precision above 2^53 is silently lost.
  * Throws if the buffer is truncated mid-varint.
  */
  readVarint() {
    let result = 0;
    let shift = 0;
    let terminated = false;
    while (this.pos < this._buf.length) {
      const b = this._buf[this.pos++];
      result += (b & 127) * Math.pow(2, shift);
      shift += 7;
      if ((b & 128) === 0) {
        terminated = true;
        break;
      }
    }
    if (!terminated) throw new Error("Truncated buffer: unexpected end of data while reading varint");
    return result;
  }
  /** Read a length-delimited byte sequence (bytes field or embedded message). */
  readBytes() {
    const len = this.readVarint();
    if (this.pos + len > this._buf.length) throw new Error(`Truncated buffer: expected ${len} bytes at position ${this.pos}, but only ${this._buf.length - this.pos} available`);
    const slice = this._buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return slice;
  }
  /** Read a length-delimited UTF-8 string. */
  readString() {
    return this._textDecoder.decode(this.readBytes());
  }
  /**
  * Skip an unknown field.
  * Handles wire types 0 (varint), 1 (64-bit), 2 (length-delimited),
  * and 5 (32-bit).
  *
  * Wire types 3 and 4 (start-group / end-group) are deprecated in proto3
  * and are not used by any OpenTelemetry proto definition. Encountering
  * them is treated as an error.
  */
  skip(wireType) {
    switch (wireType) {
      case 0:
        this.readVarint();
        break;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.readBytes();
        break;
      case 5:
        this.pos += 4;
        break;
      default:
        throw new Error(`Unknown wire type ${wireType}, cannot safely skip`);
    }
  }
};

// node_modules/@opentelemetry/otlp-transformer/dist/logs/protobuf/response-deserializer.mjs
function deserializePartialSuccess(data) {
  const reader = new ProtobufReader(data);
  const result = {};
  while (!reader.isAtEnd()) {
    const { fieldNumber, wireType } = reader.readTag();
    switch (fieldNumber) {
      case 1:
        if (wireType === 0) result.rejectedLogRecords = reader.readVarint();
        else reader.skip(wireType);
        break;
      case 2:
        if (wireType === 2) result.errorMessage = reader.readString();
        else reader.skip(wireType);
        break;
      default:
        reader.skip(wireType);
    }
  }
  return result;
}
function deserializeExportLogsServiceResponse(data) {
  const reader = new ProtobufReader(data);
  const result = {};
  while (!reader.isAtEnd()) {
    const { fieldNumber, wireType } = reader.readTag();
    switch (fieldNumber) {
      case 1:
        if (wireType === 2) result.partialSuccess = deserializePartialSuccess(reader.readBytes());
        else reader.skip(wireType);
        break;
      default:
        reader.skip(wireType);
    }
  }
  return result;
}

// node_modules/@opentelemetry/otlp-transformer/dist/logs/protobuf/logs.mjs
var ProtobufLogsSerializer = {
  serializeRequest: (arg) => {
    return serializeLogsExportRequest(arg);
  },
  deserializeResponse: (arg) => {
    return deserializeExportLogsServiceResponse(arg);
  }
};

// node_modules/@opentelemetry/otlp-transformer/dist/common/internal.mjs
function createResource(resource, encoder) {
  const result = {
    attributes: toAttributes(resource.attributes, encoder),
    droppedAttributesCount: 0
  };
  const schemaUrl = resource.schemaUrl;
  if (schemaUrl && schemaUrl !== "") result.schemaUrl = schemaUrl;
  return result;
}
function createInstrumentationScope(scope, encoder) {
  const result = {
    name: scope.name,
    version: scope.version
  };
  if (scope.attributes && Object.keys(scope.attributes).length > 0) {
    result.attributes = toAttributes(scope.attributes, encoder);
    result.droppedAttributesCount = scope.droppedAttributesCount ?? 0;
  }
  return result;
}
function toAttributes(attributes, encoder) {
  return Object.keys(attributes).map((key) => toKeyValue(key, attributes[key], encoder));
}
function toKeyValue(key, value, encoder) {
  return {
    key,
    value: toAnyValue(value, encoder)
  };
}
function toAnyValue(value, encoder) {
  const t = typeof value;
  if (t === "string") return { stringValue: value };
  if (t === "number") {
    if (!Number.isInteger(value)) return { doubleValue: value };
    return { intValue: value };
  }
  if (t === "boolean") return { boolValue: value };
  if (value instanceof Uint8Array) return { bytesValue: encoder.encodeUint8Array(value) };
  if (Array.isArray(value)) {
    const values = new Array(value.length);
    for (let i = 0; i < value.length; i++) values[i] = toAnyValue(value[i], encoder);
    return { arrayValue: { values } };
  }
  if (t === "object" && value != null) {
    const keys = Object.keys(value);
    const values = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) values[i] = {
      key: keys[i],
      value: toAnyValue(value[keys[i]], encoder)
    };
    return { kvlistValue: { values } };
  }
  return {};
}

// node_modules/@opentelemetry/otlp-transformer/dist/logs/internal.mjs
function createExportLogsServiceRequest(logRecords, encoder) {
  return { resourceLogs: logRecordsToResourceLogs(logRecords, encoder) };
}
function createResourceMap2(logRecords) {
  const resourceMap = /* @__PURE__ */ new Map();
  for (const record of logRecords) {
    const { resource, instrumentationScope } = record;
    let ismMap = resourceMap.get(resource);
    if (!ismMap) {
      ismMap = /* @__PURE__ */ new Map();
      resourceMap.set(resource, ismMap);
    }
    let records = ismMap.get(instrumentationScope);
    if (!records) {
      records = [];
      ismMap.set(instrumentationScope, records);
    }
    records.push(record);
  }
  return resourceMap;
}
function logRecordsToResourceLogs(logRecords, encoder) {
  const resourceMap = createResourceMap2(logRecords);
  return Array.from(resourceMap, ([resource, ismMap]) => {
    const processedResource = createResource(resource, encoder);
    return {
      resource: processedResource,
      scopeLogs: Array.from(ismMap, ([, scopeLogs]) => {
        return {
          scope: createInstrumentationScope(scopeLogs[0].instrumentationScope, encoder),
          logRecords: scopeLogs.map((log) => toLogRecord(log, encoder)),
          schemaUrl: scopeLogs[0].instrumentationScope.schemaUrl
        };
      }),
      schemaUrl: processedResource.schemaUrl
    };
  });
}
function toLogRecord(log, encoder) {
  return {
    timeUnixNano: encoder.encodeHrTime(log.hrTime),
    observedTimeUnixNano: encoder.encodeHrTime(log.hrTimeObserved),
    severityNumber: toSeverityNumber(log.severityNumber),
    severityText: log.severityText,
    body: toAnyValue(log.body, encoder),
    eventName: log.eventName,
    attributes: toAttributes(log.attributes, encoder),
    droppedAttributesCount: log.droppedAttributesCount,
    flags: log.spanContext?.traceFlags,
    traceId: encoder.encodeOptionalSpanContext(log.spanContext?.traceId),
    spanId: encoder.encodeOptionalSpanContext(log.spanContext?.spanId)
  };
}
function toSeverityNumber(severityNumber) {
  return severityNumber;
}

// node_modules/@opentelemetry/otlp-transformer/dist/platform/node/base64.mjs
function encodeBase64(bytes) {
  return Buffer.from(bytes).toString("base64");
}

// node_modules/@opentelemetry/otlp-transformer/dist/common/utils.mjs
function hrTimeToNanos(hrTime2) {
  const NANOSECONDS = BigInt(1e9);
  return BigInt(Math.trunc(hrTime2[0])) * NANOSECONDS + BigInt(Math.trunc(hrTime2[1]));
}
function encodeAsString(hrTime2) {
  return hrTimeToNanos(hrTime2).toString();
}
var encodeTimestamp = typeof BigInt !== "undefined" ? encodeAsString : hrTimeToNanoseconds;
function identity(value) {
  return value;
}
var JSON_ENCODER = {
  encodeHrTime: encodeTimestamp,
  encodeSpanContext: identity,
  encodeOptionalSpanContext: identity,
  encodeUint8Array: encodeBase64
};

// node_modules/@opentelemetry/otlp-transformer/dist/logs/json/logs.mjs
init_dist();
var JsonLogsSerializer = {
  serializeRequest: (arg) => {
    const request = createExportLogsServiceRequest(arg, JSON_ENCODER);
    return new TextEncoder().encode(JSON.stringify(request));
  },
  deserializeResponse: (arg) => {
    if (arg.length === 0) return {};
    const decoder = new TextDecoder();
    try {
      return JSON.parse(decoder.decode(arg));
    } catch (err) {
      diag2.warn(`Failed to parse logs export response: ${err.message}. Returning empty response`);
      return {};
    }
  }
};

// observability.ts
import { Buffer as Buffer2 } from "node:buffer";
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import process2 from "node:process";
import { setImmediate } from "node:timers";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var VERSION5 = "0.1.4";
var LEVELS = ["debug", "info", "warn", "error", "fatal"];
var DEFAULTS = {
  serviceName: "unknown_service",
  serviceVersion: "0.0.0",
  environment: "dev",
  level: "info",
  queueMaxSize: 2e3,
  maxValueBytes: 8192,
  rateLimit: 1e3,
  protocol: "http/protobuf",
  timeoutMs: 5e3,
  compression: "none",
  exporter: "otlp",
  batchMaxQueueSize: 2048,
  batchMaxExportBatchSize: 512,
  batchScheduledDelayMs: 1e3,
  batchExportTimeoutMs: 5e3,
  shutdownTimeoutMs: 5e3
};
var SEVERITY_NUMBERS = [5, 9, 13, 17, 21];
var SEVERITY_TEXTS = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL"];
var RESERVED_KEYS = /* @__PURE__ */ new Set([
  "ts",
  "level",
  "logger",
  "message",
  "service",
  "env",
  "version",
  "trace_id",
  "span_id"
]);
var COLLISION_PREFIX = "attr.";
var MAX_DEPTH = 10;
var MAX_ITEMS = 1e3;
var DRAIN_CHUNK = 256;
var EAGAIN_SLEEP_MS = 2;
var EXPORT_GUARD_MS = 1e3;
var REPORT_INTERVAL_MS = 1e3;
var MAX_RATE_KEYS = 1e4;
var REDACTED = "[REDACTED]";
var DEFAULT_REDACT_KEYS = [
  "password",
  "passwd",
  "secret",
  "token",
  "api_key",
  "apikey",
  "api-key",
  "authorization",
  "cookie",
  "private_key",
  "privatekey"
];
var DEFAULT_REDACT_PATTERNS = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/g,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/g,
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g
];
var WORKER_TAG = "lockbox-worker/1";
var ObservabilityConfigError = class extends Error {
  /** One message per invalid setting, e.g. `Cannot read LOG_QUEUE_MAXSIZE as it must be a positive integer: got "abc"`. */
  problems;
  /** @param problems One message per invalid setting (at least one). */
  constructor(problems) {
    const n = problems.length;
    super(
      `Cannot initialize observability as ${n} setting${n === 1 ? " is" : "s are"} invalid:
` + problems.map((p) => `- ${p}`).join("\n")
    );
    this.name = "ObservabilityConfigError";
    this.problems = problems;
  }
};
var ConfigReader = class {
  problems = [];
  #env;
  #envDenied = false;
  constructor(env) {
    this.#env = env ?? null;
  }
  /** The variable's value; empty means unset (OTel SDK environment variable spec). */
  get(name) {
    if (name === "") return void 0;
    let value;
    try {
      value = this.#env !== null ? this.#env[name] : process2.env[name];
    } catch {
      if (!this.#envDenied) {
        this.#envDenied = true;
        notice("cannot read the environment (Deno needs --allow-env); using defaults and options");
      }
      return void 0;
    }
    return value === void 0 || value.trim() === "" ? void 0 : value.trim();
  }
  problem(source, rule, got) {
    this.problems.push(`Cannot read ${source} as it ${rule}: got ${got}`);
  }
  /** A positive integer from an option or a variable. */
  positiveInt(option, optionName, envName) {
    if (option !== void 0) {
      if (Number.isSafeInteger(option) && option > 0) return option;
      this.problem(`options.${optionName}`, "must be a positive integer", safeJson(option));
      return void 0;
    }
    const raw = this.get(envName);
    if (raw === void 0) return void 0;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n > 0) return n;
    this.problem(envName, "must be a positive integer", JSON.stringify(raw));
    return void 0;
  }
  /** One of `allowed` (case-insensitive for variables). */
  oneOf(option, optionName, envNames, allowed) {
    const rule = `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`;
    if (option !== void 0) {
      if (allowed.includes(option)) return option;
      this.problem(`options.${optionName}`, rule, safeJson(option));
      return void 0;
    }
    let found;
    for (const name of envNames) {
      const raw = this.get(name);
      if (raw === void 0) continue;
      const v = raw.toLowerCase();
      if (allowed.includes(v)) found ??= v;
      else this.problem(name, rule, JSON.stringify(raw));
    }
    return found;
  }
  /**
   * A `key=value,key2=value2` list with percent-decoded keys and values (W3C Baggage form, as
   * OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS use). Values are never echoed in
   * problems: headers carry credentials.
   */
  keyValueList(name) {
    const raw = this.get(name);
    if (raw === void 0) return void 0;
    const out = {};
    const entries = raw.split(",");
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i].trim();
      if (entry === "") continue;
      const eq = entry.indexOf("=");
      const rule = "must be a comma-separated list of key=value pairs";
      if (eq <= 0) {
        this.problem(name, rule, `entry ${i + 1} without a key and "="`);
        return void 0;
      }
      try {
        out[decodeURIComponent(entry.slice(0, eq).trim())] = decodeURIComponent(
          entry.slice(eq + 1).trim()
        );
      } catch {
        this.problem(name, `${rule}, percent-encoded`, `entry ${i + 1} with a bad "%" escape`);
        return void 0;
      }
    }
    return out;
  }
};
function safeJson(value) {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function checkUrl(reader, source, url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return url;
  } catch {
  }
  reader.problem(source, "must be an http:// or https:// URL", JSON.stringify(url));
  return void 0;
}
function resolveConfig(options) {
  const r = new ConfigReader(options.env);
  const level = r.oneOf(options.level, "level", ["LOG_LEVEL"], LEVELS) ?? DEFAULTS.level;
  const queueMaxSize = r.positiveInt(options.queueMaxSize, "queueMaxSize", "LOG_QUEUE_MAXSIZE") ?? DEFAULTS.queueMaxSize;
  const maxValueBytes2 = r.positiveInt(options.maxValueBytes, "maxValueBytes", "LOG_MAX_VALUE_BYTES") ?? DEFAULTS.maxValueBytes;
  let rateLimit2 = DEFAULTS.rateLimit;
  const rateRaw = options.rateLimit ?? r.get("LOG_RATE_LIMIT");
  if (rateRaw !== void 0) {
    const n = typeof rateRaw === "number" ? rateRaw : /^\d+$/.test(rateRaw) ? Number(rateRaw) : NaN;
    if (Number.isSafeInteger(n) && n >= 0) rateLimit2 = n;
    else {
      r.problem(
        options.rateLimit !== void 0 ? "options.rateLimit" : "LOG_RATE_LIMIT",
        "must be a non-negative integer (records per second; 0 turns the guard off)",
        safeJson(rateRaw)
      );
    }
  }
  const redactKeys2 = [
    ...DEFAULT_REDACT_KEYS,
    ...options.redactKeys ?? (r.get("LOG_REDACT_KEYS") ?? "").split(",")
  ].map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
  const redactPatterns2 = [...DEFAULT_REDACT_PATTERNS];
  const patternSources = [];
  if (options.redactPatterns !== void 0) {
    for (const p of options.redactPatterns) {
      patternSources.push({ source: "options.redactPatterns", given: p });
    }
  } else {
    const raw = r.get("LOG_REDACT_PATTERNS");
    if (raw !== void 0) {
      let list = [raw];
      if (raw.startsWith("[")) {
        try {
          list = JSON.parse(raw);
        } catch {
          list = null;
        }
      }
      if (Array.isArray(list) && list.every((x) => typeof x === "string")) {
        for (const p of list) patternSources.push({ source: "LOG_REDACT_PATTERNS", given: p });
      } else {
        r.problem(
          "LOG_REDACT_PATTERNS",
          "must be a regex or a JSON array of regex strings",
          JSON.stringify(raw)
        );
      }
    }
  }
  for (const { source, given } of patternSources) {
    try {
      const re2 = given instanceof RegExp ? given : new RegExp(given, "g");
      redactPatterns2.push(
        new RegExp(re2.source, re2.flags.includes("g") ? re2.flags : re2.flags + "g")
      );
    } catch {
      r.problem(source, "must hold valid regular expressions", safeJson(String(given)));
    }
  }
  const shutdownTimeoutMs = r.positiveInt(options.shutdownTimeoutMs, "shutdownTimeoutMs", "") ?? DEFAULTS.shutdownTimeoutMs;
  const envAttrs = r.keyValueList("OTEL_RESOURCE_ATTRIBUTES") ?? {};
  const codeAttrs = options.resourceAttributes ?? {};
  const service = String(
    options.serviceName ?? codeAttrs["service.name"] ?? r.get("OTEL_SERVICE_NAME") ?? envAttrs["service.name"] ?? r.get("APP_NAME") ?? DEFAULTS.serviceName
  );
  const serviceVersion = String(
    options.serviceVersion ?? codeAttrs["service.version"] ?? envAttrs["service.version"] ?? r.get("APP_VERSION") ?? DEFAULTS.serviceVersion
  );
  const environment = String(
    options.environment ?? codeAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment"] ?? r.get("APP_ENV") ?? DEFAULTS.environment
  );
  const resource = {
    "service.instance.id": randomUUID(),
    "process.runtime.name": RUNTIME.name,
    "process.runtime.version": RUNTIME.version,
    ...envAttrs,
    ...codeAttrs,
    "service.name": service,
    "service.version": serviceVersion,
    "deployment.environment.name": environment,
    "deployment.environment": environment
  };
  const exporter = r.oneOf(
    options.exporter,
    "exporter",
    ["OTEL_LOGS_EXPORTER"],
    [
      "otlp",
      "none"
    ]
  ) ?? DEFAULTS.exporter;
  const disabledRaw = r.get("OTEL_SDK_DISABLED");
  let sdkDisabled = false;
  if (disabledRaw !== void 0) {
    const v = disabledRaw.toLowerCase();
    if (v === "true") sdkDisabled = true;
    else if (v !== "false") {
      r.problem("OTEL_SDK_DISABLED", 'must be "true" or "false"', JSON.stringify(disabledRaw));
    }
  }
  const protocol = r.oneOf(options.protocol, "protocol", [
    "OTEL_EXPORTER_OTLP_LOGS_PROTOCOL",
    "OTEL_EXPORTER_OTLP_PROTOCOL"
  ], ["http/protobuf", "http/json"]) ?? DEFAULTS.protocol;
  const compression = r.oneOf(options.compression, "compression", [
    "OTEL_EXPORTER_OTLP_LOGS_COMPRESSION",
    "OTEL_EXPORTER_OTLP_COMPRESSION"
  ], ["gzip", "none"]) ?? DEFAULTS.compression;
  const logsTimeoutMs = r.positiveInt(void 0, "timeoutMs", "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT");
  const anyTimeoutMs = r.positiveInt(void 0, "timeoutMs", "OTEL_EXPORTER_OTLP_TIMEOUT");
  const timeoutMs = options.timeoutMs !== void 0 ? r.positiveInt(options.timeoutMs, "timeoutMs", "") : logsTimeoutMs ?? anyTimeoutMs;
  let url;
  if (options.logsEndpoint !== void 0) {
    url = checkUrl(r, "options.logsEndpoint", options.logsEndpoint);
  } else if (options.endpoint !== void 0) {
    url = checkUrl(r, "options.endpoint", options.endpoint);
    if (url !== void 0) url = logsUrlFromBase(url);
  } else {
    const logs = r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");
    const base2 = r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (logs !== void 0) url = checkUrl(r, "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", logs);
    else if (base2 !== void 0) {
      url = checkUrl(r, "OTEL_EXPORTER_OTLP_ENDPOINT", base2);
      if (url !== void 0) url = logsUrlFromBase(url);
    }
  }
  const headers = {};
  const addHeaders = (h) => {
    for (const [k, v] of Object.entries(h ?? {})) {
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
      }
      headers[k] = v;
    }
  };
  addHeaders(r.keyValueList("OTEL_EXPORTER_OTLP_HEADERS"));
  addHeaders(r.keyValueList("OTEL_EXPORTER_OTLP_LOGS_HEADERS"));
  addHeaders(options.headers);
  const instanceId = options.grafanaInstanceId ?? r.get("GRAFANA_CLOUD_INSTANCE_ID");
  const token = options.grafanaToken ?? r.get("GRAFANA_CLOUD_TOKEN");
  if (instanceId === void 0 !== (token === void 0)) {
    r.problems.push(
      `Cannot use Grafana Cloud auth as GRAFANA_CLOUD_INSTANCE_ID and GRAFANA_CLOUD_TOKEN must be set together: got only ${instanceId === void 0 ? "GRAFANA_CLOUD_TOKEN" : "GRAFANA_CLOUD_INSTANCE_ID"}`
    );
  } else if (instanceId !== void 0 && token !== void 0) {
    if (instanceId.includes(":")) {
      r.problem("GRAFANA_CLOUD_INSTANCE_ID", 'must not contain ":"', JSON.stringify(instanceId));
    } else if (!Object.keys(headers).some((k) => k.toLowerCase() === "authorization")) {
      headers["Authorization"] = "Basic " + Buffer2.from(`${instanceId}:${token}`, "utf8").toString("base64");
    }
  }
  const b = options.batch ?? {};
  const batch = {
    maxQueueSize: r.positiveInt(b.maxQueueSize, "batch.maxQueueSize", "OTEL_BLRP_MAX_QUEUE_SIZE") ?? DEFAULTS.batchMaxQueueSize,
    maxExportBatchSize: r.positiveInt(
      b.maxExportBatchSize,
      "batch.maxExportBatchSize",
      "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE"
    ) ?? DEFAULTS.batchMaxExportBatchSize,
    scheduledDelayMs: r.positiveInt(
      b.scheduledDelayMs,
      "batch.scheduledDelayMs",
      "OTEL_BLRP_SCHEDULE_DELAY"
    ) ?? DEFAULTS.batchScheduledDelayMs,
    exportTimeoutMs: r.positiveInt(
      b.exportTimeoutMs,
      "batch.exportTimeoutMs",
      "OTEL_BLRP_EXPORT_TIMEOUT"
    ) ?? DEFAULTS.batchExportTimeoutMs
  };
  if (batch.maxExportBatchSize > batch.maxQueueSize) {
    r.problems.push(
      `Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must not exceed OTEL_BLRP_MAX_QUEUE_SIZE (${batch.maxQueueSize}): got ${batch.maxExportBatchSize}`
    );
    batch.maxExportBatchSize = batch.maxQueueSize;
  }
  let otlp = null;
  let otlpNotice = "";
  if (exporter === "otlp" && !sdkDisabled) {
    if (url === void 0) {
      const urlGiven = options.logsEndpoint ?? options.endpoint ?? r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT") ?? r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
      otlpNotice = urlGiven !== void 0 ? "" : "no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only";
    } else {
      otlp = {
        url,
        protocol,
        headers,
        timeoutMs: timeoutMs ?? DEFAULTS.timeoutMs,
        compression,
        batch
      };
    }
  }
  return {
    problems: r.problems,
    config: {
      level,
      queueMaxSize,
      maxValueBytes: maxValueBytes2,
      rateLimit: rateLimit2,
      redactKeys: redactKeys2,
      redactPatterns: redactPatterns2,
      secrets: [
        ...token !== void 0 ? [token] : [],
        ...Object.values(headers).flatMap((v) => [v, v.replace(/^(Basic|Bearer)\s+/i, "")])
      ].filter((v) => v.length >= 6),
      service,
      environment,
      serviceVersion,
      resource,
      otlp,
      otlpNotice,
      worker: options.worker ?? true,
      exitHooks: options.exitHooks ?? true,
      shutdownTimeoutMs
    }
  };
}
function logsUrlFromBase(base2) {
  return base2.replace(/\/+$/, "") + "/v1/logs";
}
var CapturedRecord = class {
  constructor(time, level, logger, event, attributes, span) {
    this.time = time;
    this.level = level;
    this.logger = logger;
    this.event = event;
    this.attributes = attributes;
    this.span = span;
  }
  time;
  level;
  logger;
  event;
  attributes;
  span;
};
var LoggerCore = class {
  constructor(name, context2) {
    this.name = name;
    let buckets = bucketsByName.get(name);
    if (buckets === void 0) bucketsByName.set(name, buckets = /* @__PURE__ */ new Map());
    this.buckets = buckets;
    const quoted = JSON.stringify(name);
    this.prefixes = LEVELS.map((l) => `","level":"${l}","logger":${quoted},"message":`);
    this.contextKeys = context2 === null ? [] : Object.keys(context2);
    this.contextValues = this.contextKeys.map((k) => context2[k]);
  }
  name;
  /** `","level":"info","logger":"<name>","message":` per level index, built once. */
  prefixes;
  /** Bound context: keys in order and their values, snapshotted at `child()`. */
  contextKeys;
  contextValues;
  /** Rendered `"key":value` per context key, for the config generation in `renderedFor`. */
  rendered = [];
  renderedFor = -1;
  /** Rate-limit buckets per event, shared by every logger with this name. */
  buckets;
};
var RateBucket = class {
  constructor(tokens, last, core, event) {
    this.tokens = tokens;
    this.last = last;
    this.core = core;
    this.event = event;
  }
  tokens;
  last;
  core;
  event;
  /** Records suppressed since the last `log_suppressed` report. */
  suppressed = 0;
};
var bucketsByName = /* @__PURE__ */ new Map();
var suppressedBuckets = [];
var phase = 0 /* Idle */;
var minLevel = -1;
var capacity = DEFAULTS.queueMaxSize;
var accepted = 0;
var finished = 0;
var droppedQueueFull = 0;
var droppedAfterShutdown = 0;
var droppedRateLimited = 0;
var rateLimit = 0;
var queue = [];
var drainScheduled = false;
var clock = wallClockMs;
var OTEL_API_GLOBAL = /* @__PURE__ */ Symbol.for("opentelemetry.js.api.1");
var tracingActive = false;
function hasContextManager() {
  return globalThis[OTEL_API_GLOBAL]?.context !== void 0;
}
var clockOffsetMs = Date.now() - performance.now();
function wallClockMs() {
  return clockOffsetMs + performance.now();
}
function emit(level, core, event, attributes) {
  if (level < minLevel) return;
  if (phase !== 1 /* Running */ && !admitSlow()) return;
  if (level < minLevel) return;
  const time = clock();
  if (rateLimit > 0 && !admitRate(core, event, time)) {
    droppedRateLimited++;
    return;
  }
  if (accepted - finished >= capacity) {
    refreshFromWorker();
    if (accepted - finished >= capacity) {
      droppedQueueFull++;
      return;
    }
  }
  enqueue(time, level, core, event, attributes);
}
function enqueue(time, level, core, event, attributes) {
  let snapshot = attributes;
  let span;
  try {
    if (typeof attributes === "object" && attributes !== null && !(attributes instanceof Error)) {
      snapshot = { ...attributes };
    }
    if (tracingActive) span = trace.getSpanContext(context.active());
  } catch (e) {
    snapshot = { "lockbox.attributes_error": errorText(e) };
  }
  queue.push(new CapturedRecord(time, level, core, event, snapshot, span));
  accepted++;
  if (!drainScheduled) {
    drainScheduled = true;
    setImmediate(drain);
  }
}
function admitRate(core, event, now) {
  const buckets = core.buckets;
  const bucket = buckets.get(event);
  const burst = rateLimit * 2;
  if (bucket === void 0) {
    if (buckets.size >= MAX_RATE_KEYS) buckets.clear();
    buckets.set(event, new RateBucket(burst - 1, now, core, event));
    return true;
  }
  const tokens = Math.min(burst, bucket.tokens + (now - bucket.last) * rateLimit / 1e3);
  bucket.last = now;
  if (tokens >= 1) {
    bucket.tokens = tokens - 1;
    return true;
  }
  bucket.tokens = tokens;
  if (bucket.suppressed++ === 0) suppressedBuckets.push(bucket);
  return false;
}
function admitSlow() {
  if (phase === 0 /* Idle */) {
    start({}, false);
    return phase === 1 /* Running */;
  }
  droppedAfterShutdown++;
  return false;
}
var LoggerImpl = class _LoggerImpl {
  #core;
  constructor(core) {
    this.#core = core;
  }
  debug(event, attributes) {
    emit(0, this.#core, event, attributes);
  }
  info(event, attributes) {
    emit(1, this.#core, event, attributes);
  }
  warn(event, attributes) {
    emit(2, this.#core, event, attributes);
  }
  error(event, attributes) {
    emit(3, this.#core, event, attributes);
  }
  fatal(event, attributes) {
    emit(4, this.#core, event, attributes);
  }
  child(context2) {
    const merged = {};
    const parent = this.#core;
    for (let i = 0; i < parent.contextKeys.length; i++) {
      merged[parent.contextKeys[i]] = parent.contextValues[i];
    }
    try {
      Object.assign(merged, context2);
    } catch (e) {
      merged["lockbox.attributes_error"] = errorText(e);
    }
    return new _LoggerImpl(new LoggerCore(parent.name, merged));
  }
  isEnabled(level) {
    if (phase === 0 /* Idle */) start({}, false);
    const index = LEVELS.indexOf(level);
    return index >= 0 && index >= minLevel;
  }
};
function getLogger(name, context2) {
  const core = new LoggerCore(typeof name === "string" ? name : String(name), null);
  const logger = new LoggerImpl(core);
  return context2 === void 0 ? logger : logger.child(context2);
}
var generation = 0;
var resourceFragment = "";
var maxValueBytes = DEFAULTS.maxValueBytes;
var lastIsoMs = -1;
var lastIso = "";
function isoMicros(timeMs) {
  const us = Math.floor(timeMs * 1e3);
  const ms = Math.floor(us / 1e3);
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString().slice(0, 23);
  }
  const frac = us - ms * 1e3;
  return lastIso + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac + "Z";
}
var redactKeys = DEFAULT_REDACT_KEYS;
var redactPatterns = DEFAULT_REDACT_PATTERNS;
var secrets = [];
var keyValuePattern = keyValueRedaction(DEFAULT_REDACT_KEYS);
var keyDecisions = /* @__PURE__ */ new Map();
function isSecretKey(k) {
  let decision = keyDecisions.get(k);
  if (decision === void 0) {
    const lower = k.toLowerCase();
    decision = redactKeys.some((fragment) => lower.includes(fragment));
    if (keyDecisions.size >= MAX_RATE_KEYS) keyDecisions.clear();
    keyDecisions.set(k, decision);
  }
  return decision;
}
function keyValueRedaction(fragments) {
  const alternatives = fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(
    `([\\w.-]*(?:${alternatives})[\\w.-]*)(\\s*[=:]\\s*)("[^"]*"|'[^']*'|[^\\s,;&"']+)`,
    "gi"
  );
}
var DEFAULT_PATTERN_TRIGGER = /Bearer|Basic|eyJ|[=:]/;
var CUSTOM_PATTERNS_FROM = DEFAULT_REDACT_PATTERNS.length;
function redactString(s) {
  for (const secret of secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
  const defaults = DEFAULT_PATTERN_TRIGGER.test(s);
  if (defaults) {
    keyValuePattern.lastIndex = 0;
    if (keyValuePattern.test(s)) {
      keyValuePattern.lastIndex = 0;
      s = s.replace(keyValuePattern, `$1$2${REDACTED}`);
    }
  }
  for (let i = defaults ? 0 : CUSTOM_PATTERNS_FROM; i < redactPatterns.length; i++) {
    const re2 = redactPatterns[i];
    re2.lastIndex = 0;
    if (re2.test(s)) {
      re2.lastIndex = 0;
      s = s.replace(re2, REDACTED);
    }
  }
  return s;
}
function errorText(e) {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unprintable error";
  }
}
function capString(s) {
  if (s.length * 3 <= maxValueBytes) return s;
  const bytes = Buffer2.byteLength(s, "utf8");
  if (bytes <= maxValueBytes) return s;
  let kept = Buffer2.from(s, "utf8").subarray(0, maxValueBytes).toString("utf8");
  if (kept.endsWith("\uFFFD")) kept = kept.slice(0, -1);
  const cut = bytes - Buffer2.byteLength(kept, "utf8");
  return `${kept}\u2026[truncated ${cut} bytes]`;
}
function renderValue(v, depth, seen) {
  switch (typeof v) {
    case "string":
      return JSON.stringify(capString(redactString(v)));
    case "number":
      return Number.isFinite(v) ? String(v) : `"${v}"`;
    case "boolean":
      return v ? "true" : "false";
    case "bigint":
      return `"${v}"`;
    case "undefined":
    case "function":
    case "symbol":
      return void 0;
  }
  if (v === null) return "null";
  try {
    return renderObject(v, depth, seen);
  } catch (e) {
    return renderValue(`[Unrenderable: ${errorText(e)}]`, 0, []);
  }
}
function renderObject(v, depth, seen) {
  if (seen.includes(v)) return '"[Circular]"';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '"Invalid Date"' : `"${v.toISOString()}"`;
  }
  if (depth >= MAX_DEPTH) return '"[Depth limit]"';
  seen.push(v);
  try {
    if (v instanceof Error) {
      let out2 = `{"type":${renderValue(v.name, depth + 1, seen) ?? '"Error"'},"message":${renderValue(v.message, depth + 1, seen) ?? '""'}`;
      const stack = renderValue(v.stack, depth + 1, seen);
      if (stack !== void 0) out2 += `,"stack":${stack}`;
      const cause = "cause" in v ? renderValue(v.cause, depth + 1, seen) : void 0;
      if (cause !== void 0) out2 += `,"cause":${cause}`;
      return out2 + "}";
    }
    if (Array.isArray(v) || v instanceof Set) {
      const items = Array.isArray(v) ? v : [...v];
      const n = Math.min(items.length, MAX_ITEMS);
      let out2 = "[";
      for (let i = 0; i < n; i++) {
        if (i > 0) out2 += ",";
        out2 += renderValue(items[i], depth + 1, seen) ?? "null";
      }
      if (items.length > n) out2 += `,"[${items.length - n} more items]"`;
      return out2 + "]";
    }
    if (ArrayBuffer.isView(v)) {
      return `"[${v.constructor.name} ${v.byteLength} bytes]"`;
    }
    const toJSON = v.toJSON;
    if (typeof toJSON === "function") {
      return renderValue(toJSON.call(v), depth + 1, seen);
    }
    const entries = v instanceof Map ? v.entries() : Object.keys(v).map((k) => [k, readProperty(v, k)]);
    let out = "{";
    let count = 0;
    let more = 0;
    for (const [k, value] of entries) {
      if (count >= MAX_ITEMS) {
        more++;
        continue;
      }
      const rendered = value !== void 0 && isSecretKey(String(k)) ? `"${REDACTED}"` : renderValue(value, depth + 1, seen);
      if (rendered === void 0) continue;
      out += (count++ > 0 ? "," : "") + JSON.stringify(String(k)) + ":" + rendered;
    }
    if (more > 0) out += `${count > 0 ? "," : ""}"[more]":"${more} more keys"`;
    return out + "}";
  } finally {
    seen.pop();
  }
}
function readProperty(o, k) {
  try {
    return o[k];
  } catch (e) {
    return `[Unreadable: ${errorText(e)}]`;
  }
}
function renderAttributes(core, attributes, errors) {
  let attrs;
  if (attributes === void 0 || attributes === null) attrs = void 0;
  else if (attributes instanceof Error) attrs = { error: attributes };
  else if (typeof attributes === "object") attrs = attributes;
  else attrs = { value: attributes };
  const seen = [];
  let out = "";
  if (core.contextKeys.length > 0) {
    if (core.renderedFor !== generation) {
      core.rendered = core.contextKeys.map((k, i) => {
        const value = core.contextValues[i];
        const info = keyInfo(k);
        const v = value !== void 0 && info.secret ? `"${REDACTED}"` : renderValue(value, 0, seen);
        return v === void 0 ? void 0 : info.prefix + v;
      });
      core.renderedFor = generation;
    }
    for (let i = 0; i < core.contextKeys.length; i++) {
      const part = core.rendered[i];
      if (part === void 0) continue;
      const k = core.contextKeys[i];
      const info = keyInfo(k);
      if (attrs !== void 0 && (Object.hasOwn(attrs, k) || info.out !== k && Object.hasOwn(attrs, info.out))) continue;
      if (core.contextValues[i] instanceof Error && !info.secret) errors.push(info.out);
      out += part;
    }
  }
  if (attrs !== void 0) {
    for (const k of Object.keys(attrs)) {
      const info = keyInfo(k);
      if (info.out !== k && Object.hasOwn(attrs, info.out)) continue;
      const value = readProperty(attrs, k);
      const secret = info.secret && value !== void 0;
      const v = secret ? `"${REDACTED}"` : renderValue(value, 0, seen);
      if (v === void 0) continue;
      if (value instanceof Error && !secret) errors.push(info.out);
      out += info.prefix + v;
    }
  }
  return out;
}
var keyInfos = /* @__PURE__ */ new Map();
function keyInfo(k) {
  let info = keyInfos.get(k);
  if (info === void 0) {
    const out = RESERVED_KEYS.has(k) ? COLLISION_PREFIX + k : k;
    info = { out, prefix: `,${JSON.stringify(out)}:`, secret: isSecretKey(k) };
    if (keyInfos.size >= MAX_RATE_KEYS) keyInfos.clear();
    keyInfos.set(k, info);
  }
  return info;
}
function eventText(event) {
  if (typeof event === "string") return event;
  try {
    const rendered = renderValue(event, 0, []);
    return rendered === void 0 ? String(event) : rendered.startsWith('"') ? JSON.parse(rendered) : rendered;
  } catch {
    return "[unprintable event]";
  }
}
function renderLine(r, errors) {
  const core = r.logger;
  const event = JSON.stringify(capString(redactString(eventText(r.event))));
  let line = `{"ts":"${isoMicros(r.time)}${core.prefixes[r.level]}${event}${resourceFragment}`;
  const sc = r.span;
  if (sc !== void 0 && isSpanContextValid(sc)) {
    line += `,"trace_id":"${sc.traceId}","span_id":"${sc.spanId}"`;
  }
  try {
    line += renderAttributes(core, r.attributes, errors);
  } catch (e) {
    line += `,"lockbox.render_error":${JSON.stringify(errorText(e))}`;
  }
  return line + "}\n";
}
var sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleepCell, 0, 0, ms);
}
function writeLines(fd, text, lines) {
  const buf = Buffer2.from(text, "utf8");
  let offset = 0;
  while (offset < buf.length) {
    try {
      offset += writeSync(fd, buf, offset, buf.length - offset);
    } catch (e) {
      const code = e.code ?? e.name;
      if (code === "EAGAIN" || code === "WouldBlock" || code === "EWOULDBLOCK") {
        sleepSync(EAGAIN_SLEEP_MS);
        continue;
      }
      let done = 0;
      for (let i = 0; i < offset; i++) if (buf[i] === 10) done++;
      return done;
    }
  }
  return lines;
}
var CountingExporter = class {
  #inner;
  #guardMs;
  #onResult;
  /**
   * Set by the response serializer right before the exporter reports SUCCESS (synchronously,
   * so it belongs to the export being settled): records the collector rejected in an OTLP
   * partial success (OTLP spec, "Partial Success").
   */
  partial = null;
  constructor(inner, serializer, guardMs, onResult) {
    this.#inner = inner({
      serializeRequest: (request) => serializer.serializeRequest(request),
      deserializeResponse: (data) => {
        const response = serializer.deserializeResponse(data);
        const rejected = Number(response?.partialSuccess?.rejectedLogRecords ?? 0);
        if (rejected > 0) {
          this.partial = {
            rejected,
            message: String(response.partialSuccess?.errorMessage ?? "")
          };
        }
        return response;
      }
    });
    this.#guardMs = guardMs;
    this.#onResult = onResult;
  }
  export(records, done) {
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      const partial = this.partial;
      this.partial = null;
      if (result.code !== ExportResultCode.SUCCESS) {
        this.#onResult(0, records.length, result.error);
      } else if (partial !== null) {
        const rejected = Math.min(partial.rejected, records.length);
        this.#onResult(
          records.length - rejected,
          rejected,
          new Error(
            `the collector rejected ${rejected} of ${records.length} records (partial success)` + (partial.message ? `: ${partial.message}` : "")
          )
        );
      } else this.#onResult(records.length, 0, void 0);
      done(result);
    };
    const guard = setTimeout(() => {
      settle({
        code: ExportResultCode.FAILED,
        error: new Error(`OTLP export got no answer within ${this.#guardMs} ms`)
      });
    }, this.#guardMs);
    try {
      this.#inner.export(records, settle);
    } catch (e) {
      settle({
        code: ExportResultCode.FAILED,
        error: e instanceof Error ? e : new Error(String(e))
      });
    }
  }
  shutdown() {
    return this.#inner.shutdown();
  }
  forceFlush() {
    return this.#inner.forceFlush?.() ?? Promise.resolve();
  }
};
var Pipeline = class {
  counters = {
    seq: 0,
    written: 0,
    stdoutFailed: 0,
    exported: 0,
    otlpFailed: 0
  };
  #fd;
  #report;
  #provider = null;
  #loggers = /* @__PURE__ */ new Map();
  #backlog = [];
  #inProcessor = 0;
  #processorCapacity = 0;
  #lastExportOk = true;
  #url = "";
  #secrets = [];
  #finishing = null;
  constructor(config2, report) {
    this.#fd = config2.fd;
    this.#report = report;
    const otlp = config2.otlp;
    if (otlp === null) return;
    this.#url = otlp.url;
    this.#secrets = Object.values(otlp.headers).filter((v) => v.length >= 4);
    const exporterConfig = {
      url: otlp.url,
      headers: otlp.headers,
      timeoutMillis: otlp.timeoutMs,
      compression: otlp.compression
    };
    const json = otlp.protocol === "http/json";
    const exporter = new CountingExporter(
      (serializer) => new OTLPExporterBase(
        createOtlpHttpExportDelegate(
          convertLegacyHttpOptions(exporterConfig, "LOGS", "v1/logs", {
            "Content-Type": json ? "application/json" : "application/x-protobuf"
          }),
          serializer,
          "otlp_http_log_exporter",
          LogsExporterMetricsHelper,
          void 0
        )
      ),
      json ? JsonLogsSerializer : ProtobufLogsSerializer,
      otlp.batch.exportTimeoutMs + EXPORT_GUARD_MS,
      (exported, failed, error) => this.#onExported(exported, failed, error)
    );
    this.#processorCapacity = otlp.batch.maxQueueSize;
    this.#provider = new LoggerProvider$1({
      resource: defaultResource().merge(resourceFromAttributes(config2.resource)),
      processors: [
        new BatchLogRecordProcessor({
          exporter,
          maxQueueSize: otlp.batch.maxQueueSize,
          maxExportBatchSize: otlp.batch.maxExportBatchSize,
          scheduledDelayMillis: otlp.batch.scheduledDelayMs,
          exportTimeoutMillis: otlp.batch.exportTimeoutMs
        })
      ]
    });
  }
  /** Writes the batch's lines, then queues its records for OTLP. Never throws. */
  process(batch) {
    const written = writeLines(this.#fd, batch.text, batch.count);
    this.counters.written += written;
    this.counters.stdoutFailed += batch.count - written;
    this.counters.seq = batch.seq;
    if (this.#provider !== null) {
      const observedMs = Date.now();
      let start2 = 0;
      for (let i = 0; i < batch.count; i++) {
        const end = batch.text.indexOf("\n", start2);
        const line = batch.text.slice(start2, end);
        start2 = end + 1;
        let fields;
        try {
          fields = JSON.parse(line);
        } catch {
          this.counters.otlpFailed++;
          continue;
        }
        this.#backlog.push({
          fields,
          micros: batch.micros[i],
          flags: batch.flags[i] ?? 0,
          exception: batch.exceptions[i] ?? "",
          observedMs
        });
      }
      this.#pump();
    }
    this.#report();
  }
  /** Moves backlog into the batch processor while it has room: it drops silently when full. */
  #pump() {
    while (this.#backlog.length > 0 && this.#inProcessor < this.#processorCapacity) {
      const item = this.#backlog.shift();
      this.#inProcessor++;
      try {
        this.#emit(item);
      } catch {
        this.#inProcessor--;
        this.counters.otlpFailed++;
      }
    }
  }
  /** Maps one JSON line to an OTel LogRecord (ARCHITECTURE.md §4). */
  #emit(item) {
    const f = item.fields;
    const name = String(f.logger);
    let logger = this.#loggers.get(name);
    if (logger === void 0) {
      logger = this.#provider.getLogger(name);
      this.#loggers.set(name, logger);
    }
    const level = LEVELS.indexOf(f.level);
    const attributes = {};
    for (const k in f) if (!RESERVED_KEYS.has(k)) attributes[k] = f[k];
    let exception;
    if (item.exception !== "") {
      const e = attributes[item.exception];
      delete attributes[item.exception];
      exception = { name: String(e?.type), message: String(e?.message), stack: e?.stack };
    }
    const ctx = typeof f.trace_id === "string" ? trace.setSpanContext(ROOT_CONTEXT, {
      traceId: f.trace_id,
      spanId: String(f.span_id),
      traceFlags: item.flags
    }) : ROOT_CONTEXT;
    const message = String(f.message);
    logger.emit({
      timestamp: microsToHrTime(item.micros),
      observedTimestamp: item.observedMs,
      severityNumber: SEVERITY_NUMBERS[level],
      severityText: SEVERITY_TEXTS[level],
      body: message,
      eventName: message,
      attributes,
      exception,
      context: ctx
    });
  }
  #onExported(exported, failed, error) {
    this.#inProcessor -= exported + failed;
    this.counters.exported += exported;
    this.counters.otlpFailed += failed;
    const ok = failed === 0;
    if (!ok && this.#lastExportOk) {
      let why = error?.message ?? "unknown error";
      for (const s of this.#secrets) why = why.split(s).join(REDACTED);
      notice(`OTLP export to ${this.#url} failed (${failed} records): ${why}`);
    }
    this.#lastExportOk = ok;
    this.#pump();
    this.#report();
  }
  /** Exports everything held: backlog → one forceFlush → provider shutdown. Runs once. */
  finish() {
    this.#finishing ??= (async () => {
      const provider = this.#provider;
      if (provider === null) return;
      try {
        while (this.#backlog.length > 0) {
          this.#pump();
          await provider.forceFlush();
        }
        await provider.forceFlush();
        await provider.shutdown();
      } catch {
      }
      this.#report();
    })();
    return this.#finishing;
  }
};
function microsToHrTime(micros) {
  const seconds = Math.floor(micros / 1e6);
  return [seconds, (micros - seconds * 1e6) * 1e3];
}
function runWorker() {
  const data = workerData;
  const publish = () => {
    const c = pipeline.counters;
    data.counts.set([c.seq, c.written, c.stdoutFailed, c.exported, c.otlpFailed]);
    Atomics.store(data.shared, 0, c.seq);
  };
  const port = parentPort;
  const pipeline = new Pipeline(data.config, publish);
  port.on("message", (msg) => {
    if (msg.t === "batch") pipeline.process(msg.batch);
    else {
      pipeline.finish().then(() => {
        port.postMessage({ t: "final", counters: pipeline.counters });
        publish();
        Atomics.store(data.shared, 1, 1);
        Atomics.notify(data.shared, 1);
      });
    }
  });
}
var config = null;
var sink = null;
var mainWorker = null;
var inlinePipeline = null;
var shared = null;
var sharedCounts = null;
var batchSeq = 0;
var unconfirmed = [];
var base = emptyCounters();
var current = emptyCounters();
var otlpDropped = 0;
var finalStats = null;
var shutdownPromise = null;
var workerDone = null;
function emptyCounters() {
  return { seq: 0, written: 0, stdoutFailed: 0, exported: 0, otlpFailed: 0 };
}
function adoptCounters(counters) {
  current = counters;
  while (unconfirmed.length > 0 && unconfirmed[0].seq <= counters.seq) unconfirmed.shift();
  updateFinished();
}
function refreshFromWorker() {
  const cells = shared;
  const counts = sharedCounts;
  if (cells === null || counts === null || sink?.mode !== "worker" || finalStats !== null) return;
  const seq = Atomics.load(cells, 0);
  adoptCounters({
    seq,
    written: counts[1],
    stdoutFailed: counts[2],
    exported: counts[3],
    otlpFailed: counts[4]
  });
}
function updateFinished() {
  finished = config?.otlp ? base.exported + current.exported + base.otlpFailed + current.otlpFailed + otlpDropped : base.written + current.written + base.stdoutFailed + current.stdoutFailed;
}
function notice(text) {
  try {
    writeSync(2, `lockbox: ${text}
`);
  } catch {
  }
}
function initObservability(options = {}) {
  if (phase === 1 /* Running */ || phase === 2 /* Stopping */) {
    if (Object.keys(options).length > 0) {
      notice("initObservability() called again while running; its options are ignored");
    }
    return;
  }
  start(options, true);
}
function start(options, strict) {
  const { config: resolved, problems } = resolveConfig(options);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}
lockbox: started with defaults for those settings`);
  }
  config = resolved;
  generation++;
  minLevel = LEVELS.indexOf(resolved.level);
  capacity = resolved.queueMaxSize;
  maxValueBytes = resolved.maxValueBytes;
  rateLimit = resolved.rateLimit;
  tracingActive = hasContextManager();
  redactKeys = resolved.redactKeys;
  redactPatterns = resolved.redactPatterns;
  secrets = resolved.secrets;
  keyValuePattern = keyValueRedaction(resolved.redactKeys);
  keyDecisions.clear();
  keyInfos.clear();
  for (const buckets of bucketsByName.values()) buckets.clear();
  suppressedBuckets = [];
  reported = { queueFull: 0, rateLimited: 0, stdoutFailed: 0, otlpFailed: 0, otlpDropped: 0 };
  clock = options.clock ?? wallClockMs;
  resourceFragment = `,"service":${JSON.stringify(resolved.service)},"env":${JSON.stringify(resolved.environment)},"version":${JSON.stringify(resolved.serviceVersion)}`;
  accepted = finished = droppedQueueFull = droppedAfterShutdown = droppedRateLimited = otlpDropped = 0;
  base = emptyCounters();
  current = emptyCounters();
  queue = [];
  unconfirmed = [];
  batchSeq = 0;
  finalStats = null;
  shutdownPromise = null;
  if (resolved.otlpNotice !== "") notice(resolved.otlpNotice);
  sink = resolved.worker ? startWorkerSink(resolved) : null;
  sink ??= startInlineSink(resolved);
  phase = 1 /* Running */;
  reportTimer = setInterval(() => {
    if (phase === 1 /* Running */) policyReport();
  }, REPORT_INTERVAL_MS);
  reportTimer.unref?.();
  if (resolved.exitHooks) installHooks();
}
var reportTimer;
var reported = { queueFull: 0, rateLimited: 0, stdoutFailed: 0, otlpFailed: 0, otlpDropped: 0 };
var selfLogger = new LoggerCore("lockbox", null);
function policyReport() {
  const now = clock();
  for (const bucket of suppressedBuckets) {
    enqueue(now, 2, bucket.core, "log_suppressed", {
      event: eventText(bucket.event),
      suppressed: bucket.suppressed
    });
    bucket.suppressed = 0;
  }
  suppressedBuckets = [];
  const counts = {
    queueFull: droppedQueueFull,
    rateLimited: droppedRateLimited,
    stdoutFailed: base.stdoutFailed + current.stdoutFailed,
    otlpFailed: base.otlpFailed + current.otlpFailed,
    otlpDropped
  };
  const delta = {
    queue_full: counts.queueFull - reported.queueFull,
    rate_limited: counts.rateLimited - reported.rateLimited,
    stdout_failed: counts.stdoutFailed - reported.stdoutFailed,
    otlp_failed: counts.otlpFailed - reported.otlpFailed,
    otlp_dropped: counts.otlpDropped - reported.otlpDropped
  };
  reported = counts;
  if (Object.values(delta).some((n) => n > 0)) {
    enqueue(now, 2, selfLogger, "observability_dropped", delta);
  }
}
function pipelineConfig(resolved) {
  return { otlp: resolved.otlp, resource: resolved.resource, fd: 1 };
}
function startInlineSink(resolved) {
  const pipeline = new Pipeline(pipelineConfig(resolved), updateFinished);
  current = pipeline.counters;
  inlinePipeline = pipeline;
  return { mode: "inline", submit: (batch) => pipeline.process(batch) };
}
function startWorkerSink(resolved) {
  let worker;
  const cells = new Int32Array(new SharedArrayBuffer(8));
  const counts = new Float64Array(new SharedArrayBuffer(5 * 8));
  try {
    worker = new Worker(new URL(import.meta.url), {
      workerData: { tag: WORKER_TAG, config: pipelineConfig(resolved), shared: cells, counts }
    });
  } catch (e) {
    notice(`cannot start the background worker (${errorText(e)}); running inline`);
    return null;
  }
  mainWorker = worker;
  shared = cells;
  sharedCounts = counts;
  inlinePipeline = null;
  worker.on("message", (msg) => {
    if (worker !== mainWorker || finalStats !== null) return;
    adoptCounters(msg.counters);
    workerDone?.();
  });
  const lost = (why) => {
    if (worker !== mainWorker) return;
    mainWorker = null;
    if (finalStats !== null || phase === 2 /* Stopping */ && shared?.[1] === 1) return;
    workerLost(why);
  };
  worker.on("error", (e) => lost(errorText(e)));
  worker.on("exit", (code) => lost(`exit code ${code}`));
  worker.unref();
  return {
    mode: "worker",
    submit(batch) {
      unconfirmed.push(batch);
      worker.postMessage({ t: "batch", batch });
    }
  };
}
function workerLost(why) {
  refreshFromWorker();
  notice(`background worker stopped (${why}); continuing inline`);
  const acknowledged = current.written + current.stdoutFailed;
  if (config?.otlp) otlpDropped += acknowledged - current.exported - current.otlpFailed;
  base = {
    seq: 0,
    written: base.written + current.written,
    stdoutFailed: base.stdoutFailed + current.stdoutFailed,
    exported: base.exported + current.exported,
    otlpFailed: base.otlpFailed + current.otlpFailed
  };
  const replay = unconfirmed;
  unconfirmed = [];
  sink = startInlineSink(config);
  for (const batch of replay) sink.submit(batch);
  updateFinished();
  workerDone?.();
}
function drain() {
  drainScheduled = false;
  refreshFromWorker();
  tracingActive = hasContextManager();
  if (sink === null || queue.length === 0) return;
  const records = queue.length <= DRAIN_CHUNK ? queue : queue.slice(0, DRAIN_CHUNK);
  queue = records === queue ? [] : queue.slice(DRAIN_CHUNK);
  handOver(records);
  if (queue.length > 0 && !drainScheduled) {
    drainScheduled = true;
    setImmediate(drain);
  }
}
function reanchorClock() {
  const offset = Date.now() - performance.now();
  if (Math.abs(offset - clockOffsetMs) > 2) clockOffsetMs = offset;
}
function handOver(records) {
  reanchorClock();
  const withOtlp = config?.otlp != null;
  let text = "";
  const flags = [];
  const micros = [];
  const exceptions = [];
  const errors = [];
  for (const r of records) {
    errors.length = 0;
    text += renderLine(r, errors);
    if (withOtlp) {
      micros.push(Math.floor(r.time * 1e3));
      flags.push(r.span !== void 0 ? r.span.traceFlags : 0);
      exceptions.push(errors.length > 0 ? errors[0] : "");
    }
  }
  sink.submit({ seq: ++batchSeq, count: records.length, text, flags, micros, exceptions });
}
function drainAll() {
  while (queue.length > 0) drain();
}
function shutdownObservability(options = {}) {
  if (phase === 0 /* Idle */) return Promise.resolve(observabilityStats());
  if (shutdownPromise !== null) return shutdownPromise;
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0 ? options.timeoutMs : config?.shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs;
  phase = 2 /* Stopping */;
  shutdownPromise = runShutdown(timeoutMs);
  return shutdownPromise;
}
async function runShutdown(timeoutMs) {
  policyReport();
  drainAll();
  let timer;
  const deadline = new Promise((resolve2) => {
    timer = setTimeout(resolve2, timeoutMs);
  });
  const work = new Promise((resolve2) => {
    workerDone = resolve2;
    if (mainWorker !== null && sink?.mode === "worker") {
      mainWorker.ref();
      mainWorker.postMessage({ t: "shutdown" });
    } else {
      (inlinePipeline?.finish() ?? Promise.resolve()).then(resolve2);
    }
  });
  await Promise.race([work, deadline]);
  clearTimeout(timer);
  workerDone = null;
  return finalize();
}
function finalize() {
  if (finalStats !== null) return finalStats;
  refreshFromWorker();
  const stdoutDone = base.written + current.written + base.stdoutFailed + current.stdoutFailed;
  base.stdoutFailed += accepted - stdoutDone;
  if (config?.otlp) {
    otlpDropped += accepted - (base.exported + current.exported + base.otlpFailed + current.otlpFailed + otlpDropped);
  }
  updateFinished();
  finalStats = currentStats();
  phase = 3 /* Stopped */;
  clearInterval(reportTimer);
  const worker = mainWorker;
  mainWorker = null;
  if (worker !== null) {
    worker.unref();
    worker.terminate().catch(() => {
    });
  }
  sink = null;
  inlinePipeline = null;
  removeHooks();
  return finalStats;
}
function observabilityStats() {
  refreshFromWorker();
  return currentStats();
}
function currentStats() {
  if (finalStats !== null) {
    return {
      ...finalStats,
      dropped: { ...finalStats.dropped, afterShutdown: droppedAfterShutdown },
      stdout: { ...finalStats.stdout },
      otlp: { ...finalStats.otlp }
    };
  }
  return {
    mode: phase === 0 /* Idle */ || sink === null ? "off" : sink.mode,
    accepted,
    dropped: {
      queueFull: droppedQueueFull,
      rateLimited: droppedRateLimited,
      afterShutdown: droppedAfterShutdown
    },
    stdout: {
      written: base.written + current.written,
      failed: base.stdoutFailed + current.stdoutFailed
    },
    otlp: {
      enabled: config?.otlp != null,
      exported: base.exported + current.exported,
      failed: base.otlpFailed + current.otlpFailed,
      dropped: otlpDropped
    },
    pending: accepted - finished
  };
}
var hooksInstalled = false;
function onBeforeExit() {
  if (phase === 1 /* Running */) void shutdownObservability();
}
function onExit() {
  if (phase !== 1 /* Running */ && phase !== 2 /* Stopping */) return;
  const deadline = Date.now() + (config?.shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs);
  if (phase === 1 /* Running */) policyReport();
  phase = 2 /* Stopping */;
  drainAll();
  const worker = mainWorker;
  const cells = shared;
  if (worker !== null && cells !== null && sink?.mode === "worker") {
    if (shutdownPromise === null) {
      worker.postMessage({ t: "shutdown" });
    }
    while (Atomics.load(cells, 1) !== 1 && Date.now() < deadline) {
      Atomics.wait(cells, 1, 0, Math.max(1, Math.min(50, deadline - Date.now())));
    }
    refreshFromWorker();
  }
  finalize();
}
function onSignal(signal) {
  const serviceHandlesIt = process2.listenerCount(signal) > 1;
  void shutdownObservability().then(() => {
    if (!serviceHandlesIt) process2.exit(signal === "SIGTERM" ? 143 : 130);
  });
}
var onSigterm = () => onSignal("SIGTERM");
var onSigint = () => onSignal("SIGINT");
function onFatal(event) {
  if (!event.defaultPrevented) onExit();
}
function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process2.on("beforeExit", onBeforeExit);
  process2.on("exit", onExit);
  if (RUNTIME.name === "deno") {
    globalThis.addEventListener?.("error", onFatal);
    globalThis.addEventListener?.("unhandledrejection", onFatal);
  }
  try {
    process2.on("SIGTERM", onSigterm);
    process2.on("SIGINT", onSigint);
  } catch {
  }
}
function removeHooks() {
  if (!hooksInstalled) return;
  hooksInstalled = false;
  process2.off("beforeExit", onBeforeExit);
  process2.off("exit", onExit);
  globalThis.removeEventListener?.("error", onFatal);
  globalThis.removeEventListener?.("unhandledrejection", onFatal);
  process2.off("SIGTERM", onSigterm);
  process2.off("SIGINT", onSigint);
}
var RUNTIME = (() => {
  const deno = globalThis.Deno;
  if (deno?.version?.deno) return { name: "deno", version: deno.version.deno };
  const versions = process2.versions;
  if (versions.bun) return { name: "bun", version: versions.bun };
  return { name: "nodejs", version: versions.node ?? "unknown" };
})();
if (!isMainThread && workerData?.tag === WORKER_TAG) runWorker();
export {
  ObservabilityConfigError,
  VERSION5 as VERSION,
  getLogger,
  initObservability,
  observabilityStats,
  shutdownObservability
};
