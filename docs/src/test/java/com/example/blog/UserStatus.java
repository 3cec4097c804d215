package com.example.blog;

public enum UserStatus {
    ACTIVE,
    SUSPENDED
}
