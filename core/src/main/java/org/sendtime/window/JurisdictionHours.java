package org.sendtime.window;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sendtime.internal.Names;
import org.sendtime.time.LocalWindow;

/**
 * Quiet hours by jurisdiction, for rules that limit the hours of the day marketing may reach
 * people: the federal rule for calls and texts in the United States allows 08:00 to 21:00 local
 * time (quiet hours {@code 21:00-08:00}), and some states allow less, such as Florida and
 * Oklahoma, 08:00 to 20:00 (quiet hours {@code 20:00-08:00}).
 *
 * <p>A jurisdiction's quiet hours are its override, else the default; without a default, a
 * jurisdiction without an override keeps the quiet hours of the send policy it is applied to.
 *
 * <pre>
 * JurisdictionHours hours = JurisdictionHours.of(LocalWindow.parse("21:00-08:00"))
 *     .with("FL", LocalWindow.parse("20:00-08:00"))
 *     .with("OK", LocalWindow.parse("20:00-08:00"));
 * hours.quietHoursFor("TX");   // 21:00-08:00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JurisdictionHours {

  private static final JurisdictionHours NONE = new JurisdictionHours(null, ImmutableSortedMap.of());

  private final @Nullable LocalWindow defaultQuietHours;
  private final ImmutableSortedMap<String, LocalWindow> overrides;

  private JurisdictionHours(@Nullable LocalWindow defaultQuietHours, ImmutableSortedMap<String, LocalWindow> overrides) {
    this.defaultQuietHours = defaultQuietHours;
    this.overrides = overrides;
  }

  /**
   * Obtains quiet hours that apply to every jurisdiction without an override.
   *
   * @param defaultQuietHours  the quiet hours, not null
   * @return the setting, without overrides, not null
   */
  public static JurisdictionHours of(LocalWindow defaultQuietHours) {
    return new JurisdictionHours(checkNotNull(defaultQuietHours, "defaultQuietHours"), ImmutableSortedMap.of());
  }

  /**
   * Obtains the setting without a default or overrides: every jurisdiction keeps the policy's
   * quiet hours.
   *
   * @return the setting, not null
   */
  public static JurisdictionHours none() {
    return NONE;
  }

  /**
   * Returns a copy with a jurisdiction's own quiet hours, replacing any it had.
   *
   * @param jurisdiction  the jurisdiction's code, such as {@code FL}, not null
   * @param quietHours  the quiet hours, not null
   * @return the changed setting, not null
   * @throws IllegalArgumentException if the code is malformed
   */
  public JurisdictionHours with(String jurisdiction, LocalWindow quietHours) {
    Names.jurisdiction(jurisdiction);
    checkNotNull(quietHours, "quietHours");
    ImmutableSortedMap.Builder<String, LocalWindow> b = ImmutableSortedMap.naturalOrder();
    overrides.forEach((k, v) -> {
      if (!k.equals(jurisdiction)) {
        b.put(k, v);
      }
    });
    return new JurisdictionHours(defaultQuietHours, b.put(jurisdiction, quietHours).build());
  }

  /**
   * Gets the quiet hours of jurisdictions without an override.
   *
   * @return the quiet hours, or empty if such jurisdictions keep the policy's
   */
  public Optional<LocalWindow> defaultQuietHours() {
    return Optional.ofNullable(defaultQuietHours);
  }

  /**
   * Gets the overrides by jurisdiction.
   *
   * @return the overrides, sorted by code, not null
   */
  public ImmutableSortedMap<String, LocalWindow> overrides() {
    return overrides;
  }

  /**
   * Gets a jurisdiction's quiet hours: its override, else the default.
   *
   * @param jurisdiction  the jurisdiction's code, not null
   * @return the quiet hours, or empty if the jurisdiction keeps the policy's
   */
  public Optional<LocalWindow> quietHoursFor(String jurisdiction) {
    checkNotNull(jurisdiction, "jurisdiction");
    LocalWindow w = overrides.get(jurisdiction);
    return Optional.ofNullable(w != null ? w : defaultQuietHours);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JurisdictionHours
        && Objects.equals(((JurisdictionHours) o).defaultQuietHours, defaultQuietHours)
        && ((JurisdictionHours) o).overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultQuietHours, overrides);
  }

  /**
   * Outputs the setting, such as {@code JurisdictionHours[quiet 21:00-08:00, FL 20:00-08:00]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("JurisdictionHours[quiet ")
        .append(defaultQuietHours == null ? "policy's" : defaultQuietHours.toString());
    overrides.forEach((k, v) -> sb.append(", ").append(k).append(' ').append(v));
    return sb.append(']').toString();
  }
}
