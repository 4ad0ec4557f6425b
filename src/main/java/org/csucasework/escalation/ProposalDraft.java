package org.csucasework.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A step as the caseworker proposes (or revises) it: the stage, the conduct, the evidence, how the document will be
 * served, an optional duration (ABA term, CPW time to comply, CPN period; the ladder's default when empty) and the
 * justification when the step skips a stage; for a CPN, its requirements. A plain bean, so that a form can bind it
 * and keep it after a refusal.
 */
public class ProposalDraft {

    private String stageCode;
    private String conduct;
    private Set<Long> evidenceReportIds = new LinkedHashSet<>();
    private ServiceMethod serviceMethod;
    private Integer durationDays;
    private String skipJustification;
    private List<Requirement> requirements = new ArrayList<>();

    public ProposalDraft() {
    }

    public ProposalDraft(String stageCode, String conduct, Set<Long> evidenceReportIds, ServiceMethod serviceMethod,
                         Integer durationDays, String skipJustification) {
        this.stageCode = stageCode;
        this.conduct = conduct;
        setEvidenceReportIds(evidenceReportIds);
        this.serviceMethod = serviceMethod;
        this.durationDays = durationDays;
        this.skipJustification = skipJustification;
    }

    public String getStageCode() { return stageCode; }
    public void setStageCode(String stageCode) { this.stageCode = stageCode; }
    public String getConduct() { return conduct; }
    public void setConduct(String conduct) { this.conduct = conduct; }
    public Set<Long> getEvidenceReportIds() { return evidenceReportIds; }
    public void setEvidenceReportIds(Set<Long> ids) {
        this.evidenceReportIds = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }
    public ServiceMethod getServiceMethod() { return serviceMethod; }
    public void setServiceMethod(ServiceMethod serviceMethod) { this.serviceMethod = serviceMethod; }
    public Integer getDurationDays() { return durationDays; }
    public void setDurationDays(Integer durationDays) { this.durationDays = durationDays; }
    public String getSkipJustification() { return skipJustification; }
    public void setSkipJustification(String skipJustification) { this.skipJustification = skipJustification; }
    /** A CPN's requirements: "stop" and "do" items, each "do" with its deadline (s43(3)). */
    public List<Requirement> getRequirements() { return requirements; }
    public void setRequirements(List<Requirement> requirements) {
        this.requirements = requirements == null ? new ArrayList<>() : new ArrayList<>(requirements);
    }
}
