/**
 * Contracts between Quarry's generated code and its runtime. For generated code: users do not
 * implement or call these types, and they may change between minor versions together with
 * the processor that writes against them.
 */
package dev.quarry.spi;
