package org.matchprep.answers.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionSummary;

/** A question of the shared bank (no owner) or an applicant's own (owned). Retired ones stay on answers. */
@Entity
@Table(name = "question")
public class Question {

    public static final int TEXT_MAX_LENGTH = 300;
    public static final int GUIDANCE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnswerStructure structure;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(length = GUIDANCE_MAX_LENGTH)
    private String guidance;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Question() {
    }

    public Question(Category category, AnswerStructure structure, String text, String guidance, Long ownerId,
                    int position, Instant createdAt) {
        this.category = category;
        this.structure = structure;
        this.text = text.strip();
        this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
        this.ownerId = ownerId;
        this.position = position;
        this.createdAt = createdAt;
    }

    public void edit(Category newCategory, AnswerStructure newStructure, String newText, String newGuidance) {
        this.category = newCategory;
        this.structure = newStructure;
        this.text = newText.strip();
        this.guidance = newGuidance == null || newGuidance.isBlank() ? null : newGuidance.strip();
    }

    public void retire() {
        if (retired) {
            throw new IllegalStateException("The question is already retired");
        }
        retired = true;
    }

    public void reinstate() {
        if (!retired) {
            throw new IllegalStateException("The question is not retired");
        }
        retired = false;
    }

    public boolean isBankQuestion() {
        return ownerId == null;
    }

    public boolean isVisibleTo(long applicantId) {
        return ownerId == null || ownerId == applicantId;
    }

    public QuestionSummary toSummary() {
        return new QuestionSummary(id, category, structure, text, guidance, ownerId != null, retired, version);
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public AnswerStructure getStructure() {
        return structure;
    }

    public String getText() {
        return text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
