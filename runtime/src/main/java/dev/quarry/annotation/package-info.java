/**
 * The annotations Quarry's processor reads: {@link dev.quarry.annotation.Entity},
 * {@link dev.quarry.annotation.Id}, {@link dev.quarry.annotation.GeneratedValue},
 * {@link dev.quarry.annotation.Column}, {@link dev.quarry.annotation.ForeignKey},
 * {@link dev.quarry.annotation.Index}, {@link dev.quarry.annotation.Nullable},
 * {@link dev.quarry.annotation.Transient}, and for repositories
 * {@link dev.quarry.annotation.Repository}, {@link dev.quarry.annotation.Query} and
 * {@link dev.quarry.annotation.Modifying}.
 */
package dev.quarry.annotation;
