package com.example;

public enum Status {
    ACTIVE,
    BANNED
}
