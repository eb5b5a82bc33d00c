package org.sendtime.benchmarks;

/**
 * The verification of {@link CampaignBenchmark}, run on its own: plans every contact of the
 * workload with sendtime and with the hand-written baseline, prints what the plans did and any
 * disagreement with examples, and exits with status 1 if there was one.
 *
 * <p>Run it from the reactor root, after building the benchmarks jar:
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.sendtime.benchmarks.CampaignCheck
 * </pre>
 */
public final class CampaignCheck {

  private CampaignCheck() {}

  /**
   * Runs the check.
   *
   * @param args  not used
   */
  public static void main(String[] args) {
    CampaignBenchmark.Verification v =
        CampaignBenchmark.verify(new CampaignWorkload(), CampaignWorkload.plan(), new EpochSecondCampaigns());
    System.out.println(v);
    if (v.mismatches > 0) {
      System.exit(1);
    }
  }
}
