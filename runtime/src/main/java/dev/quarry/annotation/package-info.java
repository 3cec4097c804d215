/**
 * The annotations Quarry's processor reads: {@link dev.quarry.annotation.Entity},
 * {@link dev.quarry.annotation.Id}, {@link dev.quarry.annotation.GeneratedValue},
 * {@link dev.quarry.annotation.Column}, {@link dev.quarry.annotation.ForeignKey},
 * {@link dev.quarry.annotation.Index}, {@link dev.quarry.annotation.Nullable} and
 * {@link dev.quarry.annotation.Transient}.
 */
package dev.quarry.annotation;
